// The revision log cannot be gamed (docs/guarantees.md, "History"; docs/history.md): each test is
// the reproduction of a hole that was found, on a real repository.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRepo, runGit, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

const R = "roadmap/";
const AUTH = `${R}epics/growth/auth.yaml`;
const BILLING = `${R}epics/growth/billing.yaml`;

interface JsonCommit {
  subject: string;
  changes: { kind: string; type: string; id: string; field?: string }[];
  unreadable?: { file: string }[];
  unknown_before?: { file: string; message: string }[];
  boundary?: true;
}

function logJson(cwd: string, args: string[] = []): JsonCommit[] {
  const result = runCli(["log", "--json", ...args], { cwd });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { commits: JsonCommit[] }).commits;
}

const summary = (commit: JsonCommit) =>
  commit.changes.map(
    (change) => `${change.kind} ${change.type} ${change.id}${change.field ? ` ${change.field}` : ""}`,
  );

describe("a commit message cannot hide a commit's changes (13.1)", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = createRepo(smallRoadmap(R));
    repo.commit("Initial road map", { day: 1 });
    repo.write({ [BILLING]: "title: Billing\ntheme: growth\nmilestone: 2026-q2\nstatus: dropped\n" });
    // Byte 0x1E once separated the log's records: this subject split the commit in two.
    repo.commit("Tidy\x1e0000000000000000000000000000000000000000", { day: 2 });
  });
  afterAll(() => repo.remove());

  test("text and JSON list the change; -n 1 works", () => {
    const commits = logJson(repo.dir);
    expect(commits).toHaveLength(2);
    expect(summary(commits[0]!)).toEqual(["changed epic billing status"]);
    expect(commits[0]!.subject).toBe("Tidy\x1e0000000000000000000000000000000000000000");
    expect(summary(logJson(repo.dir, ["-n", "1"])[0]!)).toEqual(["changed epic billing status"]);
    const text = runCli(["log", "-n", "1"], { cwd: repo.dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("~ epic billing Billing: status proposed -> dropped");
  });
});

describe("a file unreadable at the commit a walk starts from is not 'added' (13.2)", () => {
  let repo: TempRepo;
  let clone: string;
  beforeAll(() => {
    repo = createRepo(smallRoadmap(R));
    repo.commit("Initial road map", { day: 1 });
    repo.write({ [BILLING]: "title: Billing\ntheme: [growth\n" });
    repo.commit("Break billing", { day: 2 });
    repo.write({ [BILLING]: "title: Billing\ntheme: growth\nmilestone: 2026-q2\nstatus: planned\n" });
    repo.commit("Fix billing, plan it", { day: 3 });
    clone = join(mkdtempSync(join(tmpdir(), "roadmap-shallow-")), "clone");
    runGit(tmpdir(), ["clone", "-q", "--depth", "2", `file://${repo.dir}`, clone]);
  });
  afterAll(() => {
    repo.remove();
    rmSync(join(clone, ".."), { recursive: true, force: true });
  });

  test("log -n 1 shows the change the whole log shows", () => {
    const whole = logJson(repo.dir)[0]!;
    expect(summary(whole)).toEqual(["changed epic billing status"]);
    expect(logJson(repo.dir, ["-n", "1"])[0]).toEqual(whole);
    expect(runCli(["log", "-n", "1"], { cwd: repo.dir }).stdout).not.toContain("+ epic billing");
    // --since starts the walk part-way too.
    expect(logJson(repo.dir, ["--since", "2026-01-03T00:00:00Z"])[0]).toEqual(whole);
  });

  test("in a shallow clone whose oldest commit has the file broken, the change is unknown, not an addition", () => {
    const commits = logJson(clone);
    expect(commits[0]!.subject).toBe("Fix billing, plan it");
    expect(commits[0]!.changes).toEqual([]);
    expect(commits[0]!.unknown_before).toEqual([
      { file: "epics/growth/billing.yaml", message: expect.stringContaining("shallow clone") },
    ]);
    expect(commits[1]!.boundary).toBe(true);
    const text = runCli(["log"], { cwd: clone });
    expect(text.stdout).not.toContain("+ epic billing");
    expect(text.stdout).toContain("epics/growth/billing.yaml changed, but what it held before is unknown");
    expect(logJson(clone, ["billing"]).map((commit) => commit.subject)).toEqual(["Fix billing, plan it"]);
  });
});

describe("a very large file in history (13.4)", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = createRepo(smallRoadmap(R));
    repo.commit("Initial road map", { day: 1 });
    // Over the 10 MiB limit for a road-map file: refused unread, the rest of the log intact.
    repo.write({
      [BILLING]: `title: Billing\ntheme: growth\ndescription: ${"x".repeat(12 * 1024 * 1024)}\n`,
    });
    repo.commit("Paste a huge description", { day: 2 });
    repo.write({ [BILLING]: "title: Billing\ntheme: growth\nmilestone: 2026-q1\n" });
    repo.commit("Back to normal, move billing to Q1", { day: 3 });
  });
  afterAll(() => repo.remove());

  test("is reported as too large at its commit; the next commit diffs against the last readable state", () => {
    const commits = logJson(repo.dir);
    expect(commits.map((commit) => commit.subject)).toEqual([
      "Back to normal, move billing to Q1",
      "Paste a huge description",
      "Initial road map",
    ]);
    expect(commits[1]!.unreadable).toEqual([
      { file: "epics/growth/billing.yaml", message: expect.stringMatching(/12\.0 MiB.*limited to 10 MiB/) },
    ]);
    expect(summary(commits[0]!)).toEqual(["changed epic billing milestone"]);
  });
});

describe("log <id> (issue 14.4)", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = createRepo(smallRoadmap(R));
    repo.commit("Initial road map", { day: 1 });
    repo.write({ [AUTH]: undefined, [`${R}epics/login.yaml`]: smallRoadmap(R)[AUTH] });
    repo.commit("Rename auth to login", { day: 2 });
    repo.write({
      [`${R}epics/login.yaml`]: smallRoadmap(R)[AUTH]!.replace("points: 3", "points: 5"),
      [BILLING]: undefined,
    });
    repo.commit("Login is bigger; drop billing", { day: 3 });
  });
  afterAll(() => repo.remove());

  test("a story added together with its epic is found, renames followed", () => {
    const commits = logJson(repo.dir, ["login/login"]);
    expect(commits.map((commit) => [commit.subject, summary(commit)])).toEqual([
      ["Login is bigger; drop billing", ["changed story login/login points"]],
      ["Rename auth to login", ["renamed epic login"]],
      ["Initial road map", ["added story auth/login"]],
    ]);
    // The epic's own history still lists an added epic once, not each of its stories.
    expect(logJson(repo.dir, ["auth"]).map(summary)).toEqual([["renamed epic login"], ["added epic auth"]]);
  });

  test("an id that exists at no revision is exit 2 with the closest id", () => {
    const typo = runCli(["log", "logni"], { cwd: repo.dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toBe(
      'roadmap: no item "logni" exists at any revision of the road map (did you mean "login"?)\n',
    );
    const story = runCli(["log", "login/logn"], { cwd: repo.dir });
    expect(story.code).toBe(2);
    expect(story.stderr).toContain('(did you mean "login/login"?)');
    expect(runCli(["log", "--json", "nothing-like-it"], { cwd: repo.dir }).stdout).toBe("");
  });

  test("an item that exists only outside a --since window has no commits there, exit 0", () => {
    const result = runCli(["log", "billing", "--since", "2026-01-04T00:00:00Z"], { cwd: repo.dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("no commits changed billing\n");
    expect(runCli(["log", "bilin", "--since", "2026-01-04T00:00:00Z"], { cwd: repo.dir }).code).toBe(2);
  });

  test("an item removed in the window: its removal is listed", () => {
    expect(logJson(repo.dir, ["billing"]).map(summary)).toEqual([
      ["removed epic billing"],
      ["added epic billing"],
    ]);
  });
});

describe("revisions and repositories (13.17)", () => {
  let repo: TempRepo;
  beforeAll(() => {
    repo = createRepo(smallRoadmap(R));
    repo.commit("Initial road map", { day: 1 });
    repo.write({ [BILLING]: "title: Billing\ntheme: growth\nmilestone: 2026-q1\n" });
    repo.commit("Pull billing into Q1", { day: 2 });
  });
  afterAll(() => repo.remove());

  test("--rev ':/message' names the newest commit whose message matches, as git does", () => {
    const validate = runCli(["validate", "--rev", ":/Initial"], { cwd: repo.dir });
    expect(validate.stderr).toBe("");
    expect(validate.code).toBe(0);
    expect(logJson(repo.dir, ["--rev", ":/Initial"]).map((commit) => commit.subject)).toEqual([
      "Initial road map",
    ]);
    const diff = runCli(["diff", ":/Initial", ":/Pull", "--json"], { cwd: repo.dir });
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout).changes).toHaveLength(1);
    const none = runCli(["validate", "--rev", ":/no commit says this"], { cwd: repo.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^roadmap: unknown revision ":\/no commit says this"/);
  });

  test("a bare repository and the .git folder get our own one-line message", () => {
    const bare = join(mkdtempSync(join(tmpdir(), "roadmap-bare-")), "acme.git");
    try {
      runGit(tmpdir(), ["clone", "-q", "--bare", repo.dir, bare]);
      for (const args of [["log"], ["diff"], ["validate", "--rev", "HEAD"]]) {
        const result = runCli(args, { cwd: bare });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(
          `roadmap: ${bare} is a bare repository (no working tree): run roadmap in a clone of it (git clone ${bare})\n`,
        );
      }
      const inside = runCli(["log"], { cwd: join(repo.dir, ".git") });
      expect(inside.code).toBe(2);
      expect(inside.stderr).toMatch(/is inside a \.git folder: run roadmap in the working tree around it\n$/);
    } finally {
      rmSync(join(bare, ".."), { recursive: true, force: true });
    }
  });
});
