// `--help` lists choices and global options on every command, and `roadmap completion
// bash|zsh|fish` completes commands, flags and ids read from the road map at Tab time — each
// shell driven for real (bash through its completion function, fish with `complete -C`, zsh
// interactively in tmux) when it is installed.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createRepo } from "../git-repo.js";
import { BIN, fixture, runCli } from "../run-cli.js";
import { hasTmux, startTmux } from "../tmux.js";

const temp = mkdtempSync(join(tmpdir(), "roadmap-completion-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// `roadmap` on the PATH, as the scripts call it.
const binDir = join(temp, "bin");
mkdirSync(binDir);
writeFileSync(join(binDir, "roadmap"), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
chmodSync(join(binDir, "roadmap"), 0o755);
const PATH = `${binDir}:${process.env.PATH}`;

// A repository keeping the road map in roadmap/; completion runs from docs/, as help does.
const repo = createRepo({ "README.md": "# Acme\n" });
repo.commit("Start", { day: 1 });
repo.git("tag", "v1.0");
cpSync(fixture("show/acme-like"), join(repo.dir, "roadmap"), { recursive: true });
const docs = join(repo.dir, "docs");
mkdirSync(docs);
afterAll(() => repo.remove());

const has = (shell: string): boolean => spawnSync(shell, ["--version"]).status === 0;
const run = (command: string, args: string[], cwd = docs) =>
  spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, PATH, NO_COLOR: "1" } });

/** The commands `roadmap --help` lists, and the long flags each command's --help lists. */
function commandsInHelp(): string[] {
  const help = runCli(["--help"]).stdout;
  const section = help.slice(help.indexOf("Commands:"));
  return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((match) => match[1]!);
}

/** Each option entry of a help text: its flags line and the lines it wraps onto. */
function optionEntries(help: string): string[] {
  return help
    .split(/\n(?= {2}-)/)
    .filter((entry) => entry.startsWith("  -"))
    .map((entry) => entry.split(/\n(?! {3})/)[0]!.replace(/\s+/g, " "));
}

const CHOICE_FLAGS = ["--format", "--view", "--depth", "--status", "--by", "--sort", "--per", "--audience"];

describe("--help of every command", () => {
  const commands = commandsInHelp().filter((name) => name !== "help");

  test("the program lists its commands, the completion among them", () => {
    expect(commands).toEqual(expect.arrayContaining(["validate", "show", "export", "completion"]));
  });

  test.each(commands)("%s: the global options, and the values of each choice flag", (command) => {
    const result = runCli([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Global Options:");
    expect(result.stdout).toMatch(/-C, --dir <path> +the road-map folder/);
    expect(result.stdout).toContain("--today <date>");
    for (const entry of optionEntries(result.stdout)) {
      const flag = /--[\w-]+/.exec(entry)?.[0] ?? "";
      if (CHOICE_FLAGS.includes(flag)) expect(entry, `${command} ${flag}`).toMatch(/\(choices: "/);
    }
  });

  test("the values are the ones the commands accept", () => {
    const show = runCli(["show", "--help"]).stdout.replace(/\s+/g, " ");
    expect(show).toContain(
      '--view <view> which view (choices: "tree", "timeline", "now-next-later", "deps", default: "tree")',
    );
    expect(show).toContain('(choices: "mission", "theme", "milestone", "epic", "story", default: "story")');
    const validate = runCli(["validate", "--help"]).stdout.replace(/\s+/g, " ");
    expect(validate).toContain('output format (choices: "text", "json", "github", "sarif")');
    const exportHelp = runCli(["export", "--help"]).stdout.replace(/\s+/g, " ");
    expect(exportHelp).toContain('(choices: "json", "markdown", "mermaid", "csv", "html"');
    expect(exportHelp).toContain('"github-issues", "jira-csv")');
  });
});

describe("roadmap __complete (what every script calls)", () => {
  const complete = (...words: string[]) => run("roadmap", ["__complete", "fish", "--", ...words]).stdout;
  const values = (...words: string[]) =>
    complete(...words)
      .split("\n")
      .slice(1)
      .filter((line) => line !== "")
      .map((line) => line.split("\t")[0]);

  test("offers every command of --help, and every long flag of each command's --help", () => {
    expect(values("")).toEqual(commandsInHelp());
    for (const command of commandsInHelp().filter((name) => name !== "help")) {
      const flags = runCli([command, "--help"]).stdout.match(/--[a-z][\w-]*/g) ?? [];
      expect(values(command, "--"), command).toEqual(expect.arrayContaining([...new Set(flags)]));
    }
  });

  test("ids from the road map found from a subfolder, or from -C; stories after epic/; revisions from git", () => {
    expect(values("show", "--theme", "")).toEqual(["growth", "i18n", "platform", "research"]);
    expect(values("show", "--milestone", "2027")).toEqual(["2027-q1", "2027-q2"]);
    expect(values("log", "s")).toEqual(["sso", "status-page"]);
    expect(complete("log", "trial-signup/")).toBe(
      "values\ntrial-signup/form\tAs a visitor, I want a short sign-up form so that I can try the product quickly\n" +
        "trial-signup/welcome-mail\tAs a new user, I want a welcome mail so that I know what to do first\n",
    );
    expect(values("-C", "../roadmap", "show", "--theme", "g")).toEqual(["growth"]);
    expect(values("diff", "")).toEqual(["HEAD", "main", "v1.0"]);
  });

  test("the values of a choice flag, as --help lists them (export formats)", () => {
    expect(values("export", "--format", "j")).toEqual(["json", "jira-csv"]);
  });

  test("outside any road map, ids are simply not offered", () => {
    const result = run("roadmap", ["__complete", "bash", "--", "show", "--theme", ""], temp);
    expect(result.stdout).toBe("values\n");
    expect(result.status).toBe(0);
  });

  test("an unknown shell is a usage error", () => {
    const result = runCli(["completion", "pwsh"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Allowed choices are bash, zsh, fish/);
  });
});

describe("bash", () => {
  const script = join(temp, "roadmap.bash");
  writeFileSync(script, runCli(["completion", "bash"]).stdout);

  /** Runs the completion function as bash does for the words (the last one being typed). */
  const tab = (...words: string[]): string[] => {
    const quoted = words.map((word) => `'${word}'`).join(" ");
    const program = `source '${script}'
COMP_WORDS=(roadmap ${quoted}); COMP_CWORD=${words.length}; COMPREPLY=()
_roadmap_completion
printf '%s\\n' "\${COMPREPLY[@]}"`;
    return run("bash", ["-c", program])
      .stdout.split("\n")
      .filter((line) => line !== "");
  };

  test("the script parses and registers the function for roadmap", () => {
    expect(run("bash", ["-n", script]).status).toBe(0);
    expect(run("bash", ["-c", `source '${script}'; complete -p roadmap`]).stdout).toBe(
      "complete -F _roadmap_completion roadmap\n",
    );
  });

  test("commands, flags, choices, ids, stories", () => {
    expect(tab("sh")).toEqual(["show"]);
    expect(tab("show", "--vi")).toEqual(["--view"]);
    expect(tab("show", "--view", "")).toEqual(["tree", "timeline", "now-next-later", "deps"]);
    expect(tab("show", "--status", "in-progress,d")).toEqual(["in-progress,done", "in-progress,dropped"]);
    expect(tab("log", "trial-signup/")).toEqual(["trial-signup/form", "trial-signup/welcome-mail"]);
  });

  test("--flag=value, which bash splits at the =", () => {
    expect(tab("show", "--view", "=")).toEqual(["tree", "timeline", "now-next-later", "deps"]);
    expect(tab("show", "--view", "=", "ti")).toEqual(["timeline"]);
  });

  test("folders for -C, files for fmt, from the shell itself", () => {
    expect(tab("-C", "../road")).toEqual(["../roadmap"]);
    expect(tab("fmt", "../roadmap/the")).toEqual(["../roadmap/themes"]);
  });
});

describe.skipIf(!has("fish"))("fish", () => {
  const script = join(temp, "roadmap.fish");
  writeFileSync(script, runCli(["completion", "fish"]).stdout);
  const tab = (line: string): string[] =>
    run("fish", ["-c", `source '${script}'; complete -C '${line}'`])
      .stdout.split("\n")
      .filter((l) => l !== "");

  test("the script parses", () => {
    expect(run("fish", ["-n", script]).status).toBe(0);
  });

  test("commands with descriptions, choices, --flag=value, ids, folders", () => {
    expect(tab("roadmap sh")).toEqual(["show\tviews in the terminal: tree, timeline, now-next-later, deps"]);
    expect(tab("roadmap show --view ")).toEqual(["deps", "now-next-later", "timeline", "tree"]);
    expect(tab("roadmap show --view=t")).toEqual(["--view=timeline", "--view=tree"]);
    expect(tab("roadmap show --theme ")).toEqual(["growth", "i18n", "platform", "research"]);
    expect(tab("roadmap log audit")).toEqual(["audit-log\tepic"]);
    expect(tab("roadmap show --view deps au")).toEqual(["audit-log"]);
    expect(tab("roadmap -C ../road")).toEqual(["../roadmap/\tDirectory"]);
  });
});

describe.skipIf(!has("zsh"))("zsh", () => {
  const script = join(temp, "_roadmap");
  writeFileSync(script, runCli(["completion", "zsh"]).stdout);

  test("the script parses", () => {
    expect(run("zsh", ["-n", script]).status).toBe(0);
  });

  test.skipIf(!hasTmux)("completes in an interactive zsh after compinit (tmux)", async () => {
    const home = join(temp, "zsh-home");
    mkdirSync(home, { recursive: true });
    writeFileSync(
      join(home, ".zshrc"),
      `PS1='zsh-ready> '\nautoload -Uz compinit && compinit -u\nsource '${script}'\n`,
    );
    const terminal = startTmux(`env PATH='${PATH}' ZDOTDIR='${home}' zsh -i`, {
      columns: 120,
      rows: 20,
      cwd: docs,
    });
    try {
      await terminal.waitFor("zsh-ready>");
      terminal.keys("roadmap show --view ", "Tab");
      expect(await terminal.waitFor("now-next-later")).toMatch(/now-next-later +timeline +tree/);
      terminal.keys("C-u", "roadmap log trial-signup/", "Tab");
      expect(await terminal.waitFor("welcome-mail")).toMatch(/trial-signup\/form +-- As a visitor/);
    } finally {
      terminal.kill();
    }
  });
});
