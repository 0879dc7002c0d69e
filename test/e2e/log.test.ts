// `roadmap log` over a real repository whose history exercises every kind of change: slips,
// story changes, a rename, a file moved between subfolders, a commit that breaks the YAML,
// a merge, a commit outside the road map; the road map lives in a subfolder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRepo, gitEnv, runGit, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

const R = "roadmap/";
const AUTH = `${R}epics/growth/auth.yaml`;
const authYaml = (milestone: string, status: string, stories: string[]): string =>
  [
    `title: Authentication`,
    "theme: growth",
    `milestone: ${milestone}`,
    `status: ${status}`,
    "stories:",
    ...stories,
    "",
  ].join("\n");
const LOGIN = [
  "  - id: login",
  "    title: As a user, I want to log in so that my work is saved",
  "    points: 3",
];

let repo: TempRepo;

beforeAll(() => {
  repo = createRepo({ "README.md": "# Acme\n", ...smallRoadmap(R) });
  repo.commit("Initial road map", { day: 1 });
  repo.write({ [AUTH]: authYaml("2026-q2", "planned", LOGIN) });
  repo.commit("Move auth to Q2", { day: 2, author: "Bob Builder" });
  repo.write({
    [AUTH]: authYaml("2026-q2", "planned", [
      ...LOGIN.slice(0, 2),
      "    points: 5",
      "    status: in-progress",
      "  - {id: sso, title: Single sign-on}",
    ]),
  });
  repo.commit("Start login, add SSO", { day: 3 });
  repo.write({
    [`${R}epics/growth/billing.yaml`]: undefined,
    [`${R}epics/growth/payments.yaml`]: "title: Billing\ntheme: growth\nmilestone: 2026-q2\n",
  });
  repo.commit("Rename billing to payments", { day: 4 });
  repo.git("mv", AUTH, `${R}epics/auth.yaml`);
  repo.commit("Flatten the epics folder", { day: 5 });
  repo.write({
    [`${R}epics/auth.yaml`]: "title: Authentication\ntheme: [growth\n",
    [`${R}themes/growth.yaml`]: "title: Grow revenue\n",
  });
  repo.commit("WIP: retitle growth", { day: 6 });
  repo.write({
    [`${R}epics/auth.yaml`]: authYaml("2026-q2", "done", [
      ...LOGIN.slice(0, 2),
      "    points: 5",
      "    status: in-progress",
      "  - {id: sso, title: Single sign-on}",
    ]),
  });
  repo.commit("Fix auth, mark it done", { day: 7 });
  repo.write({ [`${R}milestones/2026-q2.yaml`]: "title: Q2 2026\nstart: 2026-04-01\nend: 2026-07-15\n" });
  repo.commit("Q2 runs two weeks longer", { day: 8 });
  repo.git("checkout", "-q", "-b", "reporting");
  repo.write({ [`${R}epics/reporting.yaml`]: "title: Reporting\ntheme: growth\nmilestone: 2026-q2\n" });
  repo.commit("Add reporting epic", { day: 9, author: "Cleo Coder" });
  repo.git("checkout", "-q", "main");
  repo.write({ "README.md": "# Acme road map\n" });
  repo.commit("Touch the README", { day: 9 });
  runGit(repo.dir, ["merge", "-q", "--no-ff", "-m", "Merge branch 'reporting'", "reporting"], gitEnv(10));
});

afterAll(() => repo.remove());

interface JsonLog {
  commits: {
    hash: string;
    date: string;
    author: string;
    subject: string;
    changes: Record<string, unknown>[];
    unreadable?: { file: string; message: string }[];
    boundary?: true;
  }[];
  partial: boolean;
}

function logJson(args: string[] = [], cwd = repo.dir): JsonLog {
  const result = runCli(["log", "--json", ...args], { cwd });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonLog;
}

describe("roadmap log", () => {
  test("lists, newest first on the first-parent line, the commits that changed the road map", () => {
    const log = logJson();
    expect(log.partial).toBe(false);
    expect(log.commits.map((commit) => commit.subject)).toEqual([
      "Merge branch 'reporting'",
      "Q2 runs two weeks longer",
      "Fix auth, mark it done",
      "WIP: retitle growth",
      "Rename billing to payments",
      "Start login, add SSO",
      "Move auth to Q2",
      "Initial road map",
    ]);
    const head = log.commits[0]!;
    expect(head.hash).toBe(repo.git("rev-parse", "HEAD"));
    expect(head.date).toBe("2026-01-10T12:00:00+00:00");
    expect(head.author).toBe("Ann Author");
    expect(head.changes).toEqual([{ kind: "added", type: "epic", id: "reporting", title: "Reporting" }]);
  });

  test("a slip to a later milestone names both milestones' ends", () => {
    const commit = logJson().commits.find((c) => c.subject === "Move auth to Q2")!;
    expect(commit.author).toBe("Bob Builder");
    expect(commit.changes).toEqual([
      {
        kind: "changed",
        type: "epic",
        id: "auth",
        title: "Authentication",
        field: "milestone",
        from: "2026-q1",
        to: "2026-q2",
        slipped: true,
        ends: { from: "2026-03-31", to: "2026-06-30" },
      },
    ]);
  });

  test("story changes, a rename and a milestone's end", () => {
    const log = logJson();
    const bySubject = (subject: string) => log.commits.find((c) => c.subject === subject)!.changes;
    expect(bySubject("Start login, add SSO")).toEqual([
      {
        kind: "changed",
        type: "story",
        id: "auth/login",
        title: expect.any(String),
        field: "points",
        from: 3,
        to: 5,
      },
      {
        kind: "changed",
        type: "story",
        id: "auth/login",
        title: expect.any(String),
        field: "status",
        from: "todo",
        to: "in-progress",
      },
      { kind: "added", type: "story", id: "auth/sso", title: "Single sign-on" },
    ]);
    expect(bySubject("Rename billing to payments")).toEqual([
      { kind: "renamed", type: "epic", id: "payments", title: "Billing", from: "billing", to: "payments" },
    ]);
    expect(bySubject("Q2 runs two weeks longer")).toEqual([
      {
        kind: "changed",
        type: "milestone",
        id: "2026-q2",
        title: "Q2 2026",
        field: "end",
        from: "2026-06-30",
        to: "2026-07-15",
        slipped: true,
      },
    ]);
  });

  test("a commit that breaks a file reports what it can and names the file; the fix diffs against the last good state", () => {
    const log = logJson();
    const broken = log.commits.find((c) => c.subject === "WIP: retitle growth")!;
    expect(broken.changes).toEqual([
      {
        kind: "changed",
        type: "theme",
        id: "growth",
        title: "Grow revenue",
        field: "title",
        from: "Grow the customer base",
        to: "Grow revenue",
      },
    ]);
    expect(broken.unreadable).toEqual([
      { file: "epics/auth.yaml", message: expect.stringContaining("yaml-syntax") },
    ]);
    const fixed = log.commits.find((c) => c.subject === "Fix auth, mark it done")!;
    expect(fixed.unreadable).toBeUndefined();
    expect(fixed.changes).toEqual([
      {
        kind: "changed",
        type: "epic",
        id: "auth",
        title: "Authentication",
        field: "status",
        from: "planned",
        to: "done",
      },
    ]);
  });

  test("the first commit adds everything", () => {
    const first = logJson().commits.at(-1)!;
    expect(first.changes.map((change) => `${change.kind} ${change.type} ${change.id}`)).toEqual([
      "added mission mission",
      "added theme growth",
      "added milestone 2026-q1",
      "added milestone 2026-q2",
      "added epic auth",
      "added epic billing",
    ]);
  });

  test("-n counts commits with road-map changes; --since/--until use commit dates", () => {
    expect(logJson(["-n", "2"]).commits.map((c) => c.subject)).toEqual([
      "Merge branch 'reporting'",
      "Q2 runs two weeks longer",
    ]);
    // The fifth commit git lists (files moved between subfolders) changes nothing: git is asked for more.
    expect(
      logJson(["-n", "5"])
        .commits.map((c) => c.subject)
        .at(-1),
    ).toBe("Rename billing to payments");
    const window = logJson(["--since", "2026-01-03T00:00:00Z", "--until", "2026-01-07T23:00:00Z"]);
    expect(window.commits.map((c) => c.subject)).toEqual([
      "Fix auth, mark it done",
      "WIP: retitle growth",
      "Rename billing to payments",
      "Start login, add SSO",
    ]);
  });

  test("with an id: that item's history, an epic's stories included", () => {
    const log = logJson(["auth"]);
    expect(log.commits.map((c) => c.subject)).toEqual([
      "Fix auth, mark it done",
      "WIP: retitle growth",
      "Start login, add SSO",
      "Move auth to Q2",
      "Initial road map",
    ]);
    expect(log.commits[1]!.changes).toEqual([]);
    expect(log.commits[1]!.unreadable).toHaveLength(1);
    expect(log.commits[4]!.changes).toEqual([
      { kind: "added", type: "epic", id: "auth", title: "Authentication" },
    ]);
    expect(logJson(["auth", "-n", "1"]).commits.map((c) => c.subject)).toEqual(["Fix auth, mark it done"]);
    // An id that exists at no revision is a mistake, not an empty history (log-hardening.test.ts).
    expect(runCli(["log", "no-such-epic"], { cwd: repo.dir }).code).toBe(2);
  });

  test("with an id: renames are followed back to the old id", () => {
    const log = logJson(["payments"]);
    expect(log.commits.map((c) => c.subject)).toEqual(["Rename billing to payments", "Initial road map"]);
    expect(log.commits[1]!.changes).toEqual([
      { kind: "added", type: "epic", id: "billing", title: "Billing" },
    ]);
  });

  test("text: a header per commit and one line per change, slips tagged", () => {
    const result = runCli(["log", "-n", "4"], { cwd: repo.dir });
    expect(result.code).toBe(0);
    const hash = (subject: string) =>
      repo.git("log", "--format=%h", "--abbrev=7", `--grep=^${subject}`, "-n", "1");
    expect(result.stdout).toBe(
      [
        `${hash("Merge branch")} 2026-01-10 Ann Author  Merge branch 'reporting'`,
        "    + epic reporting Reporting",
        "",
        `${hash("Q2 runs")} 2026-01-08 Ann Author  Q2 runs two weeks longer`,
        "    ! milestone 2026-q2 Q2 2026: end 2026-06-30 -> 2026-07-15  slipped",
        "",
        `${hash("Fix auth")} 2026-01-07 Ann Author  Fix auth, mark it done`,
        "    ~ epic auth Authentication: status planned -> done",
        "",
        `${hash("WIP")} 2026-01-06 Ann Author  WIP: retitle growth`,
        "    ~ theme growth Grow revenue: title Grow the customer base -> Grow revenue",
        `    ? epics/auth.yaml could not be read at this commit: ${logJson().commits[3]!.unreadable![0]!.message}`,
        "",
      ].join("\n"),
    );
  });

  test("from inside the road-map folder, and with --rev to start elsewhere", () => {
    expect(logJson([], join(repo.dir, "roadmap")).commits).toHaveLength(8);
    const older = logJson(["--rev", "HEAD~3"]);
    expect(older.commits[0]!.subject).toBe("Fix auth, mark it done");
  });

  test("bad -n, unknown revision and no git repository are exit 2 with one line", () => {
    for (const args of [
      ["-n", "0"],
      ["--rev", "no-such-branch"],
    ]) {
      const result = runCli(["log", ...args], { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
    const empty = createRepo(smallRoadmap(R));
    try {
      const result = runCli(["log"], { cwd: empty.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^roadmap: the repository at .* has no commits yet\n$/);
    } finally {
      empty.remove();
    }
    const outside = mkdtempSync(join(tmpdir(), "roadmap-nogit-"));
    try {
      const result = runCli(["log"], { cwd: outside });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^roadmap: not a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe("roadmap log in a shallow clone", () => {
  let clone: string;
  beforeAll(() => {
    clone = join(mkdtempSync(join(tmpdir(), "roadmap-shallow-")), "clone");
    runGit(tmpdir(), ["clone", "-q", "--depth", "3", `file://${repo.dir}`, clone]);
  });
  afterAll(() => rmSync(join(clone, ".."), { recursive: true, force: true }));

  test("works on what is there and says the history is partial", () => {
    const log = logJson([], clone);
    expect(log.partial).toBe(true);
    expect(log.commits[0]!.changes).toEqual([
      { kind: "added", type: "epic", id: "reporting", title: "Reporting" },
    ]);
    const boundary = log.commits.at(-1)!;
    expect(boundary.boundary).toBe(true);
    expect(boundary.changes).toEqual([]);
    const text = runCli(["log"], { cwd: clone });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("its changes are unknown");
    expect(text.stdout).toMatch(/shallow clone, so the history is partial/);
  });

  test("-n that stops before the clone's edge is complete", () => {
    expect(logJson(["-n", "1"], clone).partial).toBe(false);
  });
});
