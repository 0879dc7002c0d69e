// Output that cannot attack its reader (docs/guarantees.md, "Output"), as users meet it: a road map and
// a git history full of escape sequences, @mentions, issue references, links and formulas, run
// through every command that prints them. NO_COLOR is set, so any ESC in the output is a leak.
import { describe, expect, test } from "vitest";
import { createRepo, gitEnv, runGit, type TempRepo } from "../git-repo.js";
import { rawControlIn } from "../raw-controls.js";
import { runCli } from "../run-cli.js";

const CLEAR = "\u001b[2J";
const TITLE = "\u001b]0;owned\u0007";
const CSI = "\u009b31m";

/** YAML double-quoted escapes: \e is ESC, \a is BEL, \x9b a C1 control. */
const HOSTILE_YAML = {
  "roadmap/mission.yaml": 'name: "Acme\\e[2J"\nmission: "Ship \\e]0;owned\\a things"\n',
  "roadmap/themes/growth.yaml": 'title: "Grow\\x9b31m @octocat"\n',
  "roadmap/milestones/2026-q1.yaml": 'title: "Q1\\ntwo lines"\nstart: 2026-01-01\nend: 2026-03-31\n',
  "roadmap/epics/auth.yaml": [
    'title: "=HYPERLINK(\\"https://evil.example\\") \\e[2J fixes #12 and GH-7, see https://evil.example, ping @acme/team"',
    "theme: growth",
    "milestone: 2026-q1",
    "status: in-progress",
    "owner: \"+cmd|' /C calc'!A0\"",
    "stories:",
    "  - id: login",
    '    title: "@SUM(1+1) \\e]8;;https://evil.example\\e\\\\click\\e]8;;\\e\\\\"',
    "    status: in-progress",
    "",
  ].join("\n"),
  "roadmap/epics/broken.yaml": 'title: "Broken"\ntheme: "nope\\e[2J"\n',
  "roadmap/epics/bad\u001b[2Jname\nx.yaml": "title: Odd file\ntheme: growth\n",
};

function expectNoRawControl(text: string): void {
  expect(rawControlIn(text)).toBeUndefined();
}

function hostileRepo(): TempRepo {
  const repo = createRepo({
    "roadmap/mission.yaml": "name: Acme\nmission: Ship things\n",
    "roadmap/themes/growth.yaml": "title: Grow\n",
    "roadmap/milestones/2026-q1.yaml": "title: Q1\nstart: 2026-01-01\nend: 2026-03-31\n",
  });
  repo.commit("start");
  repo.write(HOSTILE_YAML);
  runGit(repo.dir, ["add", "-A"], gitEnv(2));
  runGit(repo.dir, ["commit", "-q", "-m", `Subject ${CLEAR}${TITLE} @octocat #1`], {
    ...gitEnv(2),
    GIT_AUTHOR_NAME: `Mallory ${CSI}\u0007`,
  });
  repo.write({
    "roadmap/epics/auth.yaml": HOSTILE_YAML["roadmap/epics/auth.yaml"].replace("in-progress", "done"),
  });
  return repo;
}

const repo = hostileRepo();
const run = (...args: string[]) =>
  runCli([...args, "-C", "roadmap", "--today", "2026-02-01"], { cwd: repo.dir });

describe("no raw escape sequence reaches the terminal (item 12)", () => {
  test.each([
    [["show"]],
    [["show", "--view", "timeline"]],
    [["show", "--view", "now-next-later"]],
    [["rollup"]],
    [["validate"]],
    [["lint"]],
    [["log"]],
    [["diff"]],
    [["diff", "HEAD~1", "HEAD"]],
  ])("roadmap %j", (args) => {
    const result = run(...args);
    expect(result.stdout).not.toBe("");
    expectNoRawControl(result.stdout);
    expectNoRawControl(result.stderr);
  });

  test("the escapes show, visibly, where the text was", () => {
    expect(run("show").stdout).toContain("Acme\\e[2J");
    expect(run("log").stdout).toContain("Mallory \\u009b31m  Subject \\e[2J\\e]0;owned\\x07 @octocat #1");
    expect(run("show", "--view", "timeline").stdout).toContain("Q1\\ntwo lines");
  });

  test("a line break in a file name does not split its diagnostic line", () => {
    const lines = run("validate").stdout.split("\n");
    const odd = lines.filter((line) => line.includes("bad\\e[2Jname\\nx.yaml"));
    expect(odd.length).toBeGreaterThan(0);
    for (const line of odd)
      expect(line).toMatch(/^roadmap\/epics\/bad\\e\[2Jname\\nx\.yaml:\d+:\d+ {2}error {2}/);
    expect(run("validate").stdout).toContain('theme "nope\\e[2J" does not exist');
  });
});

describe("Markdown for pull requests and ROADMAP.md (item 13)", () => {
  const wj = "\u2060";
  test.each([
    [["diff", "--format", "markdown"]],
    [["diff", "HEAD~1", "HEAD", "--format", "markdown"]],
    [["export", "--format", "markdown"]],
  ])("roadmap %j: no mention, reference or bare link stays live", (args) => {
    const { stdout } = run(...args);
    expectNoRawControl(stdout);
    // GitHub links nothing inside a code span (`value`); everywhere else nothing may be live.
    const prose = stdout.replace(/`[^`\n]*`/g, "");
    expect(prose).not.toMatch(/@[A-Za-z0-9]/);
    expect(prose).not.toMatch(/#\d/);
    expect(prose).not.toMatch(/GH-\d/i);
    expect(prose).not.toMatch(/https?:\/\//);
    expect(prose).not.toMatch(/www\./);
  });

  test("what the reader sees is the text, with an invisible joiner where GitHub would link", () => {
    const { stdout } = run("export", "--format", "markdown");
    expect(stdout).toContain(`ping @${wj}acme/team`);
    expect(stdout).toContain(`fixes \\#${wj}12 and GH${wj}-7`);
    expect(stdout).toContain(`see https${wj}://evil.example`);
    expect(stdout).toContain("Grow\\\\u009b31m");
  });
});

describe("CSV for spreadsheets (item 14)", () => {
  test("cells a spreadsheet would run as formulas start with an apostrophe", () => {
    // CSV is data for other tools: a title's bytes stay as they are; only formulas are defused.
    const { stdout } = run("export", "--format", "csv");
    expect(stdout).toContain(`"'=HYPERLINK(""https://evil.example"")`);
    expect(stdout).toContain(",'@SUM(1+1)");
    expect(stdout).toContain(",'+cmd|' /C calc'!A0,");
  });
});
