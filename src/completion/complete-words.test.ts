import { Command, Option } from "commander";
import { describe, expect, test } from "vitest";
import { type Completion, completeWords, type IdKind, type ValueSources } from "./complete-words.js";

/** A program shaped like ours: global options, commands with choices, ids, files and lists. */
function program(): Command {
  const root = new Command("roadmap").option("-C, --dir <path>", "the folder").option("--debug", "traces");
  root
    .command("show")
    .description("views\nsecond line")
    .option("--theme <id>", "a theme")
    .addOption(new Option("--view <view>", "which view").choices(["tree", "timeline"]))
    .addOption(new Option("--status <s,...>", "statuses").choices(["planned", "done", "dropped"]))
    .option("--json", "json");
  root
    .command("log")
    .argument("[id]")
    .option("--rev <rev>", "a revision")
    .option("-n, --max-count <n>", "count");
  root.command("fmt").argument("[files...]").option("-o, --output <file>", "where");
  root.command("diff").argument("[from]").argument("[to]");
  root.command("review").argument("[period]").option("--baseline <date|rev>", "a baseline");
  root.command("secret", { hidden: true });
  return root;
}

const sources: ValueSources = {
  ids: (kind: IdKind, prefix: string) =>
    kind === "items" && prefix.includes("/")
      ? [{ value: "auth/login", description: "Log in" }]
      : [{ value: `${kind}-a` }, { value: `${kind}-b` }],
  revisions: () => [{ value: "HEAD" }, { value: "main" }],
};

const complete = (...words: string[]): Completion => completeWords(program(), words, sources);
const valuesOf = (completion: Completion): string[] =>
  completion.kind === "values"
    ? completion.candidates.map((candidate) => candidate.value)
    : [completion.kind];

describe("commands and flags, read off the program", () => {
  test("the visible commands (and help), filtered by what is typed, with their first description line", () => {
    expect(valuesOf(complete(""))).toEqual(["show", "log", "fmt", "diff", "review", "help"]);
    expect(complete("sh")).toEqual({ kind: "values", candidates: [{ value: "show", description: "views" }] });
    expect(valuesOf(complete("help", "l"))).toEqual(["log"]);
  });

  test("a command's flags, then the global ones and --help; a flag already given is not offered again", () => {
    expect(valuesOf(complete("show", "--"))).toEqual([
      "--theme",
      "--view",
      "--status",
      "--json",
      "--dir",
      "--debug",
      "--help",
    ]);
    expect(valuesOf(complete("show", "--json", "--j"))).toEqual([]);
    expect(valuesOf(complete("-C", "plans", "log", "--r"))).toEqual(["--rev"]);
  });
});

describe("values", () => {
  test("a choice flag offers its choices, as the next word or after =", () => {
    expect(valuesOf(complete("show", "--view", ""))).toEqual(["tree", "timeline"]);
    expect(valuesOf(complete("show", "--view", "ti"))).toEqual(["timeline"]);
    expect(valuesOf(complete("show", "--view=t"))).toEqual(["--view=tree", "--view=timeline"]);
  });

  test("a comma-separated list completes its last item", () => {
    expect(valuesOf(complete("show", "--status", "planned,d"))).toEqual(["planned,done", "planned,dropped"]);
  });

  test("ids by the option's or the argument's name; stories after epic/", () => {
    expect(valuesOf(complete("show", "--theme", ""))).toEqual(["themes-a", "themes-b"]);
    expect(valuesOf(complete("log", ""))).toEqual(["items-a", "items-b"]);
    expect(complete("log", "auth/")).toEqual({
      kind: "values",
      candidates: [{ value: "auth/login", description: "Log in" }],
    });
  });

  test("review's period is a milestone id, its --baseline a revision", () => {
    expect(valuesOf(complete("review", ""))).toEqual(["milestones-a", "milestones-b"]);
    expect(valuesOf(complete("review", "--baseline", ""))).toEqual(["HEAD", "main"]);
  });

  test("revisions for --rev and diff's two arguments; nothing past the last argument", () => {
    expect(valuesOf(complete("log", "--rev", "m"))).toEqual(["main"]);
    expect(valuesOf(complete("diff", "HEAD", ""))).toEqual(["HEAD", "main"]);
    expect(valuesOf(complete("diff", "HEAD", "main", ""))).toEqual([]);
  });

  test("paths go to the shell: files for file arguments and --output, folders for -C", () => {
    expect(complete("fmt", "a.yaml", "")).toEqual({ kind: "files" });
    expect(complete("fmt", "-o", "")).toEqual({ kind: "files" });
    expect(complete("-C", "")).toEqual({ kind: "dirs" });
  });

  test("a value taken by a flag is not counted as an argument; after -- every word is one", () => {
    expect(valuesOf(complete("log", "-n", "5", ""))).toEqual(["items-a", "items-b"]);
    expect(valuesOf(complete("diff", "--", "--x", ""))).toEqual(["HEAD", "main"]);
  });

  test("a flag with no known values offers nothing", () => {
    expect(valuesOf(complete("log", "-n", ""))).toEqual([]);
  });
});
