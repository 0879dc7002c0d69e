// `export --format github-issues`: the script is run by the system's POSIX shell (`sh`) against a
// fake `gh` first on PATH (test/fixtures/fake-gh), which records its arguments and keeps the
// issues in a JSON file. First run creates one issue per story not done, the second creates none;
// awkward titles arrive byte for byte and nothing in them is executed.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { fixture, runCli } from "../run-cli.js";

const AWKWARD = fixture("backlog/awkward");
const FAKE_GH = fixture("fake-gh");

interface Issue {
  number: number;
  title: string;
  body: string;
  state: string;
}

interface Story {
  id: string;
  title: string;
  status?: string;
}

/** A scratch folder holding a copy of the road map, the issue store and the call log. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-gh-"));
  const roadmap = join(dir, "roadmap");
  cpSync(AWKWARD, roadmap, { recursive: true });
  const store = join(dir, "issues.json");
  const log = join(dir, "gh-calls.jsonl");
  const run = (...args: string[]) => {
    const script = join(dir, "issues.sh");
    const exported = runCli(["export", "--format", "github-issues", "-C", roadmap, "-o", script, ...args]);
    expect(exported.stderr).toBe("");
    expect(exported.code).toBe(0);
    writeFileSync(log, "");
    const result = spawnSync("sh", [script], {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        PATH: `${FAKE_GH}:${process.env.PATH}`,
        FAKE_GH_ISSUES: store,
        FAKE_GH_LOG: log,
      },
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const calls = readFileSync(log, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as string[]);
    return { stdout: result.stdout, calls, creates: calls.filter((call) => call[1] === "create").length };
  };
  const issues = (): Issue[] => JSON.parse(readFileSync(store, "utf8")) as Issue[];
  return { dir, roadmap, store, run, issues };
}

/** What the fixture says should become issues: stories not done, in epics not dropped. */
function expectedStories(roadmap: string): { key: string; title: string }[] {
  return readdirSync(join(roadmap, "epics"))
    .sort()
    .flatMap((file) => {
      const epic = parse(readFileSync(join(roadmap, "epics", file), "utf8")) as {
        status?: string;
        stories?: Story[];
      };
      if (epic.status === "dropped") return [];
      const id = file.replace(/\.yaml$/, "");
      return (epic.stories ?? [])
        .filter((story) => story.status !== "done")
        .map((story) => ({ key: `${id}/${story.id}`, title: story.title }));
    });
}

describe("--per story (the default)", () => {
  const space = workspace();
  const first = space.run();
  const expected = expectedStories(space.roadmap);

  test("the first run creates one issue per story not done, each with its marker", () => {
    expect(expected.length).toBeGreaterThanOrEqual(9);
    expect(first.creates).toBe(expected.length);
    const issues = space.issues();
    expect(issues.map((issue) => issue.body.split("\n").at(-1))).toEqual(
      expected.map((story) => `<!-- roadmap:${story.key} -->`),
    );
  });

  test("titles with quotes, $(...), backticks, variables, backslashes and line breaks arrive byte for byte", () => {
    expect(space.issues().map((issue) => issue.title)).toEqual(expected.map((story) => story.title));
    const titles = space.issues().map((issue) => issue.title);
    expect(titles).toContain("line one\nline two\r\nline three");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text a shell would expand, kept literal
    expect(titles).toContain("$(touch pwned-dollar) and `touch pwned-backtick` and ${HOME}");
    expect(titles).toContain("-starts with a dash --help");
  });

  test("nothing in the road map was executed", () => {
    const pwned = readdirSync(space.dir).filter((name) => name.startsWith("pwned"));
    expect(pwned).toEqual([]);
    expect(existsSync(join(space.roadmap, "pwned-dollar"))).toBe(false);
    const body = space.issues().find((issue) => issue.body.includes("tricky/quotes"))!.body;
    expect(body).toContain("$(touch pwned-acceptance)");
  });

  test("the second run creates nothing and edits every issue in place", () => {
    const before = space.issues();
    const second = space.run();
    expect(second.creates).toBe(0);
    expect(second.calls.filter((call) => call[1] === "edit")).toHaveLength(expected.length);
    expect(space.issues()).toEqual(before);
    expect(second.stdout).toContain("updated #1 (plain/one)");
  });

  test("a renamed story updates its issue; a new story creates one; a closed issue is not duplicated", () => {
    const epic = join(space.roadmap, "epics/plain.yaml");
    writeFileSync(
      epic,
      readFileSync(epic, "utf8")
        .replace("I want two so", "I want two, renamed, so")
        .concat("  - id: three\n    title: As a user, I want three so that it works\n"),
    );
    const issues = space.issues();
    issues[0]!.state = "CLOSED";
    writeFileSync(space.store, JSON.stringify(issues));
    const third = space.run();
    expect(third.creates).toBe(1);
    const after = space.issues();
    expect(after).toHaveLength(expected.length + 1);
    expect(after.find((issue) => issue.body.endsWith("<!-- roadmap:plain/two -->"))!.title).toBe(
      "As a user, I want two, renamed, so that it works",
    );
    expect(after.at(-1)!.body.endsWith("<!-- roadmap:plain/three -->")).toBe(true);
  });

  test("the lookup lists open and closed issues once, not a search per issue", () => {
    const lists = space.run().calls.filter((call) => call[1] === "list");
    expect(lists).toHaveLength(1);
    expect(lists[0]).toEqual(expect.arrayContaining(["--state", "all", "--json", "number,body"]));
  });
});

describe("--per epic", () => {
  const space = workspace();
  const first = space.run("--per", "epic");

  test("one issue per epic not done or dropped, stories as a task list", () => {
    expect(first.creates).toBe(2);
    const issues = space.issues();
    expect(issues.map((issue) => issue.title)).toEqual([
      "Plain epic",
      `Quotes 'single' "double" and $(touch pwned-epic)`,
    ]);
    expect(issues[0]!.body).toContain("- [ ] As a user, I want one so that it works");
    expect(issues[1]!.body).toContain("- [x] Already done");
    expect(issues[1]!.body.endsWith("<!-- roadmap:tricky -->")).toBe(true);
  });

  test("running it again creates nothing", () => {
    expect(space.run("--per", "epic").creates).toBe(0);
    expect(space.issues()).toHaveLength(2);
  });
});

describe("the script", () => {
  const script = runCli(["export", "--format", "github-issues", "-C", AWKWARD]).stdout;

  test("is a POSIX sh script that stops at the first failure", () => {
    expect(script.startsWith("#!/bin/sh\n")).toBe(true);
    expect(script).toContain("\nset -eu\n");
    const syntax = spawnSync("sh", ["-n"], { input: script, encoding: "utf8" });
    expect(syntax.status, syntax.stderr).toBe(0);
  });

  test("stops with a message when gh is not installed", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-no-gh-"));
    const result = spawnSync("/bin/sh", ["-c", script], {
      cwd: dir,
      encoding: "utf8",
      env: { PATH: "/nonexistent" },
    });
    expect(result.status).toBe(127);
    expect(result.stderr).toContain("gh (GitHub CLI) is not on PATH");
  });

  test("--per only goes with github-issues, and only as story or epic", () => {
    const wrong = runCli(["export", "--format", "csv", "--per", "epic", "-C", AWKWARD]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--per applies to --format github-issues only");
    const bad = runCli(["export", "--format", "github-issues", "--per", "task", "-C", AWKWARD]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--per must be story or epic (got "task")');
  });
});
