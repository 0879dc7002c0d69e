// The commander program: declares every command and its flags, lazy-loads the command's
// module (start-up is a feature: a command pays only for what it imports), and is the one
// place that turns errors into exit codes (README.md: 0 ok, 1 road map has errors, 2 tool failed).
import { Argument, Command, CommanderError, Option } from "commander";
import {
  diffFormats,
  filterStatuses,
  newKinds,
  reviewFormats,
  rollupGroupings,
  showViews,
  textFormats,
} from "./commands/flag-values.js";
import { NUMERIC_FLAGS, wholeNumber } from "./commands/flags.js";
import { type Io, processIo } from "./commands/io.js";
import { shells } from "./completion/shells.js";
import { diagnosticFormats } from "./diagnostics/diagnostic-formats.js";
import { UsageError } from "./errors.js";
import { exportFormats } from "./export/export-formats.js";
import { issueGrains } from "./export/exporter.js";
import { ideaSorts } from "./intake/idea-sorts.js";
import { ideaStatuses, visibilities } from "./model/value-sets.js";
import { escapeForTerminal } from "./util/terminal-text.js";
import { VERSION } from "./version.js";
import { depths } from "./views/depths.js";

type Action = (options: Record<string, unknown>, args: string[], io: Io) => Promise<number>;

/**
 * A flag that takes one of `values` (several, comma-separated, when the placeholder says
 * `<s,...>`): --help lists them and `roadmap completion` offers them (commander's choices). The
 * command checks the value itself, so a typo gets a "did you mean" rather than commander's error.
 */
export function choiceOption(flags: string, description: string, values: readonly string[]): Option {
  return new Option(flags, description).choices(values).argParser((value: string) => value);
}

/** An argument that takes one of `values`, listed and completed the same way as choiceOption's. */
export function choiceArgument(name: string, description: string, values: readonly string[]): Argument {
  return new Argument(name, description).choices(values).argParser((value: string) => value);
}

function readOptions(command: Command, formats: readonly string[]): Command {
  return command
    .option("--rev <rev>", "read the road map as it was at a git revision")
    .option("--json", "machine-readable output (same as --format json)")
    .addOption(choiceOption("--format <format>", "output format", formats));
}

/** What every edit command takes (docs/edit.md). */
function editOptions(command: Command): Command {
  return command
    .option("--dry-run", "print what would change; write nothing")
    .option("--json", "print the changes and files as JSON (same as --format json)")
    .addOption(choiceOption("--format <format>", "output format", textFormats));
}

/** The road-map filters of docs/views.md (resolved by commands/filter-options.ts), for any command. */
function filterOptions(command: Command): Command {
  return command
    .option("--quarter <q>", "items overlapping a quarter: YYYY-Qn, current, next or previous")
    .option("--theme <id>", "only this theme")
    .option("--milestone <id>", "only this milestone")
    .addOption(
      choiceOption(
        "--status <s,...>",
        "only epics with these statuses, or with stories in them (comma-separated)",
        filterStatuses,
      ),
    )
    .option("--owner <name>", "only epics where this name is an owner of the epic or of one of its stories")
    .option("--team <id>", "only epics this team works on (in the epic's teams, or a story's team)")
    .option("--label <label>", "only epics with this label");
}

/** docs/audiences.md: which version of the road map to render (commands/audience.ts). */
function audienceOption(command: Command): Command {
  return command.addOption(
    choiceOption(
      "--audience <audience>",
      "internal (default: everything) or public (internal items, owners, customers and points left out; dates as quarters)",
      visibilities,
    ),
  );
}

/** What validate and lint show (the exit code still follows every problem: docs/rules.md). */
function narrowOptions(command: Command): Command {
  return command
    .option("--rule <id,...>", "show only the problems of these rules (comma-separated)")
    .option("--quiet", "show errors only");
}

export function buildProgram(
  io: Io,
  run: (action: Action, command: Command, args: string[]) => Promise<void>,
): Command {
  const program = new Command("roadmap")
    .description(
      "Keep a product road map as plain YAML in git: validate, lint, view, edit, review and publish it.",
    )
    .version(VERSION, "-V, --version", "print the version")
    .option(
      "-C, --dir <path>",
      "the road-map folder (default: $ROADMAP_DIR, else ./ or ./roadmap here or in a folder above)",
    )
    .option(
      "--today <date>",
      "treat this date (YYYY-MM-DD) as today (default: $ROADMAP_TODAY or the local date)",
    )
    .option("--debug", "print stack traces for unexpected errors")
    .showHelpAfterError("(run roadmap --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) })
    // Each command's --help also lists -C, --today and --debug; commands inherit this setting.
    .configureHelp({ showGlobalOptions: true });

  const declare = (name: string, description: string): Command =>
    program.command(name).description(description).exitOverride().showHelpAfterError();

  narrowOptions(
    readOptions(
      declare("validate", "check syntax, schema, ids, references, cycles and dates"),
      diagnosticFormats,
    ),
  ).action((_options, command: Command) =>
    run(async (o, _a, io) => (await import("./commands/validate.js")).runValidate(o, io), command, []),
  );

  narrowOptions(
    readOptions(
      declare("lint", "validate, then check the road map against the lint rules"),
      diagnosticFormats,
    ),
  )
    .option(
      "--max-warnings <n>",
      "exit 1 when there are more than n warnings",
      wholeNumber(NUMERIC_FLAGS.maxWarnings),
    )
    .action((_options, command: Command) =>
      run(async (o, _a, io) => (await import("./commands/lint.js")).runLint(o, io), command, []),
    );

  readOptions(
    declare("rollup", "progress rolled up story -> epic -> milestone / theme -> mission"),
    textFormats,
  )
    .addOption(choiceOption("--by <grouping>", "progress per team or per label instead", rollupGroupings))
    .action((_options, command: Command) =>
      run(async (o, _a, io) => (await import("./commands/rollup.js")).runRollup(o, io), command, []),
    );

  declare("init", "scaffold a road map (never overwrites files)")
    .argument("[dir]", "where to create it (default: -C <path>, else the current folder)")
    .option("--example", "write a small, complete example road map")
    .option(
      "--schemas",
      "set up editor completion for an existing road map: this version's schemas in .schemas/, modelines, VS Code settings",
    )
    .action((dir: string | undefined, _options, command: Command) =>
      run(
        async (o, a, io) => (await import("./commands/init.js")).runInit(a[0], o, io),
        command,
        dir === undefined ? [] : [dir],
      ),
    );

  audienceOption(
    filterOptions(
      readOptions(
        declare("show", "views in the terminal: tree, timeline, now-next-later, deps"),
        textFormats,
      ),
    ),
  )
    .argument("[epic]", "with --view deps: the epic whose chain of dependencies to show")
    .addOption(choiceOption("--view <view>", "which view", showViews).default("tree"))
    .addOption(choiceOption("--depth <level>", "cut the tree at this level", depths).default("story"))
    .option(
      "--width <columns>",
      "fit to this many columns, 20 to 1000 (default: the terminal's, 80 when not a TTY)",
      wholeNumber(NUMERIC_FLAGS.width),
    )
    .option("--deps", "with --view timeline: mark what each epic still waits on")
    .action((epic: string | undefined, _options, command: Command) =>
      run(
        async (o, a, io) => (await import("./commands/show.js")).runShow(o, io, a[0]),
        command,
        epic === undefined ? [] : [epic],
      ),
    );

  readOptions(declare("ideas", "the intake: ideas ranked by RICE score, demand or age"), textFormats)
    .addOption(
      choiceOption("--status <s,...>", "only ideas with these statuses (comma-separated)", ideaStatuses),
    )
    .addOption(
      choiceOption(
        "--sort <order>",
        "score (highest first), demand (most requests) or age (oldest first)",
        ideaSorts,
      ).default("score"),
    )
    .action((_options, command: Command) =>
      run(async (o, _a, io) => (await import("./commands/ideas.js")).runIdeas(o, io), command, []),
    );

  declare("ui", "interactive terminal browser (arrows, Enter, Tab, /, q)")
    .option("--rev <rev>", "read the road map as it was at a git revision")
    .action((_options, command: Command) =>
      run(async (o, _a, io) => (await import("./commands/ui.js")).runUi(o, io), command, []),
    );

  readOptions(
    declare("log", "commits that changed the road map, each with its semantic changes"),
    textFormats,
  )
    .argument("[id]", "only this item's changes (an epic's id includes its stories)")
    .option("-n, --max-count <n>", "show at most this many commits", wholeNumber(NUMERIC_FLAGS.maxCount))
    .option("--since <date>", "only commits after this date (as git log --since)")
    .option("--until <date>", "only commits before this date (as git log --until)")
    .action((id: string | undefined, _options, command: Command) =>
      run(
        async (o, a, io) => (await import("./commands/log.js")).runLog(a[0], o, io),
        command,
        id ? [id] : [],
      ),
    );

  readOptions(declare("review", "plan against actual for a period, from git history"), reviewFormats)
    .argument("[period]", "a quarter (YYYY-Qn), current (default), previous, or a milestone id")
    .option("--baseline <date|rev>", "compare with the road map at the end of this date, or at this revision")
    .option(
      "--stale-days <n>",
      "planned or in-progress epics unchanged for more days are stale (default 30)",
      wholeNumber(NUMERIC_FLAGS.staleDays),
    )
    .option(
      "--trend <n>",
      "the say/do of the n quarters ending with the named one (default: previous)",
      wholeNumber(NUMERIC_FLAGS.trend),
    )
    .option("-o, --output <file>", "write to this file (atomically) instead of stdout")
    .action((period: string | undefined, _options, command: Command) =>
      run(
        async (o, a, io) => (await import("./commands/review.js")).runReview(a[0], o, io),
        command,
        period === undefined ? [] : [period],
      ),
    );

  declare("diff", "semantic diff between two revisions (default: HEAD against the working tree)")
    .argument("[from]", "a revision, or a range a..b / a...b (from their merge base)")
    .argument("[to]", "a revision (default: the working tree)")
    .option("--json", "machine-readable output (same as --format json)")
    .addOption(
      choiceOption("--format <format>", "output format (markdown: for a pull-request comment)", diffFormats),
    )
    .action((from: string | undefined, to: string | undefined, _options, command: Command) =>
      run(
        async (o, a, io) => (await import("./commands/diff.js")).runDiff(a[0], a[1], o, io),
        command,
        [from, to].filter((arg): arg is string => arg !== undefined),
      ),
    );

  editOptions(declare("new", "add a theme, milestone, epic, story (epic-id/story-id), idea or team"))
    .addArgument(choiceArgument("<kind>", "what to add", newKinds))
    .argument("<id>", "the new item's id (a story's: epic-id/story-id)")
    .argument("[values...]", "key=value (key+=value for lists)")
    .option("--folder <subfolder>", "put the file in this subfolder of its kind's folder")
    .action((kind: string, id: string, values: string[], _options, command: Command) =>
      run(
        async (o, a, io) => (await import("./commands/new.js")).runNew(a[0]!, a[1]!, a.slice(2), o, io),
        command,
        [kind, id, ...values],
      ),
    );

  editOptions(declare("set", "change keys of an item: key=value, key= (remove), key+=value, key-=value"))
    .argument("<item>", "an id (kind:id when kinds share it), epic-id/story-id, or mission")
    .argument("<values...>", "key=value, key=, key+=value, key-=value")
    .action((item: string, values: string[], _options, command: Command) =>
      run(async (o, a, io) => (await import("./commands/set.js")).runSet(a[0]!, a.slice(1), o, io), command, [
        item,
        ...values,
      ]),
    );

  editOptions(declare("sync", "story and epic status back from GitHub issues (gh issue list --json)"))
    .option("--from <file>", "the issues as gh issue list prints them in JSON (docs/sync.md; - for stdin)")
    .action((_options, command: Command) =>
      run(async (o, _a, io) => (await import("./commands/sync.js")).runSync(o, io), command, []),
    );

  editOptions(declare("mv", "give an item a new id: its file moves and every reference follows"))
    .argument("<item>", "an id (kind:id when kinds share it) or epic-id/story-id")
    .argument("<new-id>", "the new id")
    .action((item: string, to: string, _options, command: Command) =>
      run(async (o, a, io) => (await import("./commands/mv.js")).runMv(a[0]!, a[1]!, o, io), command, [
        item,
        to,
      ]),
    );

  editOptions(
    declare("promote", "turn an idea into an epic (title, description, requests, score carried over)"),
  )
    .argument("<idea>", "the idea's id")
    .option("--theme <id>", "the epic's theme (default: the idea's)")
    .option("--milestone <id>", "schedule the epic in this milestone")
    .option("--as <epic-id>", "the epic's id (default: the idea's)")
    .action((idea: string, _options, command: Command) =>
      run(async (o, a, io) => (await import("./commands/promote.js")).runPromote(a[0]!, o, io), command, [
        idea,
      ]),
    );

  declare("fmt", "canonical key order and layout, comments kept (files or folders; default: all)")
    .argument("[files...]", "road-map files or folders to format")
    .option("--check", "write nothing; list the files that would change and exit 1 if any")
    .action((files: string[], _options, command: Command) =>
      run(async (o, a, io) => (await import("./commands/fmt.js")).runFmt(a, o, io), command, files),
    );

  audienceOption(
    filterOptions(
      readOptions(
        declare(
          "export",
          "the whole road map for other tools and for people, or its backlog for GitHub or Jira",
        ),
        exportFormats,
      ),
    ),
  )
    .option("-o, --output <file>", "write to this file (atomically) instead of stdout")
    .addOption(
      choiceOption("--per <grain>", "github-issues: one issue per story (default) or per epic", issueGrains),
    )
    .option(
      "--from <date|quarter>",
      "html: where the timeline starts (default: the start of the previous quarter)",
    )
    .option("--to <date|quarter>", "html: where the timeline ends (default: the quarter of the horizon)")
    .action((_options, command: Command) =>
      run(async (o, _a, io) => (await import("./commands/export.js")).runExport(o, io), command, []),
    );

  declare("completion", "print a completion script for bash, zsh or fish (commands, flags and ids)")
    .addArgument(new Argument("<shell>", "the shell to complete in").choices(shells))
    .action((shell: string, _options, command: Command) =>
      run(
        async (_o, _a, io) => (await import("./commands/completion.js")).runCompletion(shell, io),
        command,
        [],
      ),
    );

  // What the completion scripts call at each Tab: the words typed so far, read against this program.
  program
    .command("__complete", { hidden: true })
    .argument("<shell>")
    .argument("[words...]")
    .action((shell: string, words: string[], _options, command: Command) =>
      run(
        async (_o, _a, io) =>
          (await import("./commands/completion.js")).runComplete(shell, words, program, io),
        command,
        [],
      ),
    );

  return program;
}

/**
 * `roadmap log | head`: the reader left, which is not an error (like git, exit quietly). Any
 * other failure to write the output (`roadmap validate > /dev/full`) means the tool could not do
 * its job: one line and exit 2, never a stack trace or the exit 1 that reads as "the road map
 * has errors".
 */
function handleOutputErrors(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    process.stderr.write(`roadmap: cannot write the output: ${error.message}\n`);
    process.exit(2);
  });
}

async function main(argv: string[]): Promise<number> {
  handleOutputErrors();
  // The worker is its own entry point of the bundle, beside this file (scripts/build.mjs).
  const io: Io = processIo();
  let exitCode = 0;
  const run = async (action: Action, command: Command, args: string[]): Promise<void> => {
    exitCode = await action(command.optsWithGlobals(), args, io);
  };
  const program = buildProgram(io, run);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return handleError(error, argv.includes("--debug"), io);
  }
}

function handleError(error: unknown, debug: boolean, io: Io): number {
  if (error instanceof CommanderError) {
    const success =
      ["commander.helpDisplayed", "commander.version"].includes(error.code) || error.exitCode === 0;
    return success ? 0 : 2;
  }
  if (error instanceof UsageError) {
    // Messages quote paths, ids and git's words: terminal-safe, line breaks kept.
    io.err(`roadmap: ${escapeForTerminal(error.message, { keepNewlines: true })}\n`);
    if (debug && error.stack) io.err(`${error.stack}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`roadmap: unexpected error: ${escapeForTerminal(message, { keepNewlines: true })}\n`);
  io.err(
    debug && error instanceof Error && error.stack ? `${error.stack}\n` : "(run with --debug for details)\n",
  );
  return 2;
}

process.exitCode = await main(process.argv);
