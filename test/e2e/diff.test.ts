// `roadmap diff` on a real repository with the road map at its top: HEAD against the working
// tree, a..b, a...b from the merge base, the three formats, unreadable files, errors.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRepo, runGit, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

let repo: TempRepo;
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");
const base = smallRoadmap("");

beforeAll(() => {
  repo = createRepo(base);
  repo.commit("Initial road map", { day: 1 });
  repo.git("checkout", "-q", "-b", "feature");
  repo.write({
    "epics/growth/auth.yaml": base["epics/growth/auth.yaml"]!.replace(
      "milestone: 2026-q1",
      "milestone: 2026-q2",
    )
      .replace("status: planned", "status: in-progress")
      .concat("    status: done\n  - id: mfa\n    title: Two-factor login\n"),
    "epics/growth/billing.yaml": undefined,
    "epics/search.yaml": "title: Search <everything>\ntheme: growth\nmilestone: 2026-q1\nowner: dana\n",
    "milestones/2026-q1.yaml": "title: Q1 2026\nstart: 2026-01-01\nend: 2026-03-15\n",
  });
  repo.commit("Plan Q2", { day: 2 });
  repo.git("checkout", "-q", "main");
  repo.write({ "themes/growth.yaml": "title: Grow revenue\n" });
  repo.commit("Retitle growth", { day: 3 });
});

afterAll(() => repo.remove());

interface JsonDiff {
  from: string;
  to: string;
  changes: Record<string, unknown>[];
  unreadable?: { rev: string; file: string; message: string }[];
}

function diffJson(args: string[]): JsonDiff {
  const result = runCli(["diff", "--json", ...args], { cwd: repo.dir });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as JsonDiff;
}

const featureChanges = [
  {
    kind: "changed",
    type: "milestone",
    id: "2026-q1",
    title: "Q1 2026",
    field: "end",
    from: "2026-03-31",
    to: "2026-03-15",
  },
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
  {
    kind: "changed",
    type: "epic",
    id: "auth",
    title: "Authentication",
    field: "status",
    from: "planned",
    to: "in-progress",
  },
  {
    kind: "changed",
    type: "story",
    id: "auth/login",
    title: expect.any(String),
    field: "status",
    from: "todo",
    to: "done",
  },
  { kind: "added", type: "story", id: "auth/mfa", title: "Two-factor login" },
  { kind: "removed", type: "epic", id: "billing", title: "Billing" },
  { kind: "added", type: "epic", id: "search", title: "Search <everything>" },
];

describe("roadmap diff", () => {
  test("a...b compares from the merge base: only the branch's changes", () => {
    const diff = diffJson(["main...feature"]);
    expect(diff.from).toBe(repo.git("merge-base", "main", "feature"));
    expect(diff.to).toBe("feature");
    expect(diff.changes).toEqual(featureChanges);
    expect(diff.unreadable).toBeUndefined();
  });

  test("a..b and two revisions compare the commits themselves", () => {
    const twoDots = diffJson(["main..feature"]);
    expect(twoDots.from).toBe("main");
    expect(twoDots.changes).toEqual([
      {
        kind: "changed",
        type: "theme",
        id: "growth",
        title: "Grow the customer base",
        field: "title",
        from: "Grow revenue",
        to: "Grow the customer base",
      },
      ...featureChanges,
    ]);
    expect(diffJson(["main", "feature"]).changes).toEqual(twoDots.changes);
    expect(diffJson(["feature", "feature"]).changes).toEqual([]);
  });

  test("by default, HEAD against the working tree (uncommitted edits)", () => {
    repo.write({ "epics/growth/billing.yaml": "title: Billing\ntheme: growth\nmilestone: 2026-q1\n" });
    try {
      const diff = diffJson([]);
      expect(diff).toEqual({
        from: "HEAD",
        to: "WORKTREE",
        changes: [
          {
            kind: "changed",
            type: "epic",
            id: "billing",
            title: "Billing",
            field: "milestone",
            from: "2026-q2",
            to: "2026-q1",
            ends: { from: "2026-06-30", to: "2026-03-31" },
          },
        ],
      });
      expect(diffJson(["HEAD~1"]).changes).toHaveLength(2);
    } finally {
      repo.git("checkout", "--", "epics/growth/billing.yaml");
    }
  });

  test("a file unreadable on one side is left out and named, not reported as removed", () => {
    repo.write({ "epics/growth/auth.yaml": "title: [broken\n" });
    try {
      const diff = diffJson([]);
      expect(diff.changes).toEqual([]);
      expect(diff.unreadable).toEqual([
        { rev: "WORKTREE", file: "epics/growth/auth.yaml", message: expect.stringContaining("yaml-syntax") },
      ]);
      const text = runCli(["diff"], { cwd: repo.dir });
      expect(text.stdout).toContain("note: epics/growth/auth.yaml could not be read at working tree");
    } finally {
      repo.git("checkout", "--", "epics/growth/auth.yaml");
    }
  });

  test("text: a summary, then sections with old -> new values", () => {
    const result = runCli(["diff", "main...feature"], { cwd: repo.dir });
    expect(result.code).toBe(0);
    const base = repo.git("merge-base", "main", "feature").slice(0, 7);
    expect(result.stdout).toBe(
      [
        `${base} -> feature: 7 changes: 2 added, 1 removed, 2 rescheduled (1 slipped), 2 status changes`,
        "",
        "Added",
        "  + story auth/mfa Two-factor login",
        "  + epic search Search <everything>",
        "",
        "Removed",
        "  - epic billing Billing",
        "",
        "Rescheduled",
        "  ! epic auth Authentication: milestone 2026-q1 -> 2026-q2 (ends 2026-03-31 -> 2026-06-30)  slipped",
        "  ~ milestone 2026-q1 Q1 2026: end 2026-03-31 -> 2026-03-15",
        "",
        "Status changes",
        "  ~ epic auth Authentication: status planned -> in-progress",
        "  ~ story auth/login As a user, I want to log in so that my work is saved: status todo -> done",
        "",
      ].join("\n"),
    );
  });

  test("colour only when asked for (a TTY or FORCE_COLOR), never in markdown or JSON", () => {
    const env = { NO_COLOR: undefined, FORCE_COLOR: "1" };
    const coloured = runCli(["diff", "main...feature"], { cwd: repo.dir, env });
    expect(coloured.stdout).toContain("\u001b[");
    expect(coloured.stdout.replace(ANSI, "")).toBe(
      runCli(["diff", "main...feature"], { cwd: repo.dir }).stdout,
    );
    for (const format of ["markdown", "json"]) {
      expect(
        runCli(["diff", "main...feature", "--format", format], { cwd: repo.dir, env }).stdout,
      ).not.toContain("\u001b[");
    }
  });

  test("markdown for a pull request: summary, sections, slips first with milestone dates, titles escaped", () => {
    const result = runCli(["diff", "main...feature", "--format", "markdown"], { cwd: repo.dir });
    expect(result.code).toBe(0);
    const short = repo.git("merge-base", "main", "feature").slice(0, 7);
    expect(result.stdout).toBe(
      [
        `### Road-map changes: \`${short}\` → \`feature\``,
        "",
        "**7 changes: 2 added, 1 removed, 2 rescheduled (1 slipped), 2 status changes**",
        "",
        "#### Added (2)",
        "",
        "- Story `auth/mfa` — Two-factor login (todo)",
        "- Epic `search` — Search \\<everything\\> (proposed, milestone `2026-q1` ends 2026-03-15)",
        "",
        "#### Removed (1)",
        "",
        "- Epic `billing` — Billing (proposed, milestone `2026-q2` ends 2026-06-30)",
        "",
        "#### Rescheduled (2)",
        "",
        "- ⚠️ **Slipped:** Epic `auth` — Authentication: milestone `2026-q1` (ends 2026-03-31) → `2026-q2` (ends 2026-06-30)",
        "- Milestone `2026-q1` — Q1 2026: end `2026-03-31` → `2026-03-15`",
        "",
        "#### Status changes (2)",
        "",
        "- Epic `auth` — Authentication: `planned` → `in-progress`",
        "- Story `auth/login` — As a user, I want to log in so that my work is saved: `todo` → `done`",
        "",
      ].join("\n"),
    );
    const none = runCli(["diff", "feature", "feature", "--format", "markdown"], { cwd: repo.dir });
    expect(none.stdout).toBe("### Road-map changes: `feature` → `feature`\n\nNo changes to the road map.\n");
  });

  test("in a shallow clone: exact between commits that are there; a...b without a merge base says why", () => {
    const clone = mkdtempSync(join(tmpdir(), "roadmap-shallow-"));
    try {
      runGit(tmpdir(), [
        "clone",
        "-q",
        "--depth",
        "1",
        "--no-single-branch",
        `file://${repo.dir}`,
        join(clone, "c"),
      ]);
      const cwd = join(clone, "c");
      const twoDots = runCli(["diff", "origin/main..origin/feature", "--json"], { cwd });
      expect(twoDots.code).toBe(0);
      expect(JSON.parse(twoDots.stdout).changes).toEqual(diffJson(["main..feature"]).changes);
      const threeDots = runCli(["diff", "origin/main...origin/feature"], { cwd });
      expect(threeDots.code).toBe(2);
      expect(threeDots.stderr).toBe(
        "roadmap: origin/main and origin/feature have no common ancestor here; this is a shallow clone: fetch more history (actions/checkout: fetch-depth: 0)\n",
      );
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  test("errors: unknown revision, range plus a second revision, bad format, no git repository (exit 2)", () => {
    const cases: [string[], RegExp][] = [
      [["diff", "no-such-rev"], /^roadmap: unknown revision "no-such-rev"/],
      [["diff", "main..feature", "HEAD"], /^roadmap: give either a range/],
      [["diff", "--format", "sarif"], /^roadmap: unknown format "sarif"/],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args, { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
    const outside = mkdtempSync(join(tmpdir(), "roadmap-nogit-"));
    try {
      const result = runCli(["diff"], { cwd: outside });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^roadmap: not a git repository/);
      // A folder named with -C brings its own repository, wherever the command runs.
      const named = runCli(["diff", "main...feature", "--json", "-C", repo.dir], { cwd: outside });
      expect(named.code).toBe(0);
      expect(JSON.parse(named.stdout).changes).toEqual(featureChanges);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
