// `roadmap review` on a repository with dated commits (review-history.ts): every result and
// every `was`, the states at the ends of days in UTC, running periods, a road map younger than
// the period, milestones as periods, --baseline, --trend, every format and the errors.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { ReviewReport, TrendReport } from "../../src/review/report.js";
import { runCli } from "../run-cli.js";
import { buildReviewHistory } from "./review-history.js";

const repo = buildReviewHistory();
afterAll(() => repo.remove());

const hashOf = (subject: string): string =>
  repo.git("log", "--format=%H", "--fixed-strings", `--grep=${subject}`);
const review = (...args: string[]) => runCli(["review", ...args], { cwd: repo.dir });
const reviewJson = (...args: string[]): ReviewReport => {
  const result = review(...args, "--json");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ReviewReport;
};

describe("2026-Q2 once it is over", () => {
  const report = reviewJson("2026-Q2", "--today", "2026-08-15");

  test("the period, and the states at the end of its first and last days (UTC)", () => {
    expect(Object.keys(report)).toEqual([
      "period",
      "baseline",
      "end",
      "summary",
      "epics",
      "stale",
      "outcomes",
      "health",
      "inputs",
    ]);
    expect(report.period).toEqual({
      label: "2026-Q2",
      start: "2026-04-01",
      end: "2026-06-30",
      running: false,
    });
    // The plan committed during the period's first day is the baseline.
    expect(report.baseline).toEqual({
      hash: hashOf("Add the Q2 kickoff"),
      date: "2026-04-01",
      after_start: false,
    });
    // 01:00 at UTC+2 on July 1st is June 30th in UTC: counted. 23:00 at UTC-3 on June 30th is July 1st: not.
    expect(report.end).toEqual({ hash: hashOf("Reports are off track"), date: "2026-06-30" });
  });

  test("every committed epic's result, then the added ones with what they were", () => {
    const row = (id: string, result: string, before: string | null, after: string | null, extra = {}) => ({
      id,
      title: expect.any(String),
      result,
      due_before: before,
      due_after: after,
      ...extra,
    });
    const Q2 = "2026-06-30";
    expect(report.epics).toEqual([
      row("auth", "delivered", Q2, Q2),
      row("billing", "dropped", Q2, Q2),
      row("export", "slipped", Q2, "2026-09-30", { slip_days: 92 }),
      row("import", "slipped", Q2, null),
      row("kickoff", "delivered", Q2, Q2),
      row("legacy-api", "dropped", Q2, null),
      // Done the day after the period: missed all the same.
      row("reports", "missed", Q2, Q2),
      row("search", "carried-over", Q2, Q2, { continued_by: "search-v2" }),
      // Committed as sso, renamed on the way: followed under its new id.
      row("single-sign-on", "delivered", Q2, Q2),
      row("fresh", "added", null, Q2, { was: "new" }),
      row("idea", "added", null, Q2, { was: "unscheduled" }),
      row("later", "added", "2026-09-30", Q2, { was: "rescheduled" }),
    ]);
    expect(report.epics.find((epic) => epic.id === "single-sign-on")?.title).toBe("Single sign-on");
  });

  test("say/do by epics and by the points they had at the baseline", () => {
    expect(report.summary).toEqual({
      committed: 9,
      delivered: 3,
      dropped: 2,
      carried_over: 1,
      slipped: 2,
      missed: 1,
      open: 0,
      added: 3,
      say_do: 3 / 9,
      // auth 8 (13 more were added after the baseline), kickoff 1, single-sign-on 5, of 37.
      points: { committed: 37, delivered: 14, say_do: 14 / 37 },
    });
  });

  test("stale: planned or in-progress, last changed more than 30 days before June 30th", () => {
    expect(report.stale.map((epic) => [epic.id, epic.status, epic.last_changed, epic.days])).toEqual([
      ["cleanup", "planned", "2026-03-10", 112],
      ["export", "planned", "2026-05-20", 41],
      ["fresh", "planned", "2026-05-01", 60],
      ["import", "planned", "2026-05-20", 41],
      ["search", "in-progress", "2026-03-10", 112],
      ["search-v2", "planned", "2026-05-01", 60],
    ]);
    const strict = reviewJson("2026-Q2", "--today", "2026-08-15", "--stale-days", "45");
    expect(strict.stale.map((epic) => epic.id)).toEqual(["cleanup", "fresh", "search", "search-v2"]);
  });

  test("outcomes of what shipped, health with the date it last changed, inputs", () => {
    expect(report.outcomes).toEqual([
      { id: "auth", title: "Sign-in with passkeys", metric: "weekly sign-ins", target: 500, actual: 620 },
      { id: "kickoff", title: "Q2 kickoff", metric: null, target: null, actual: null },
      { id: "later", title: "Audit log", metric: null, target: null, actual: null },
      { id: "single-sign-on", title: "Single sign-on", metric: "enterprise deals", target: 3, actual: null },
    ]);
    expect(report.health).toEqual([
      { id: "fresh", title: "Slack alerts", health: "at-risk", since: "2026-05-01" },
      { id: "reports", title: "Scheduled reports", health: "off-track", since: "2026-06-30" },
      // Set while it was still called sso.
      { id: "single-sign-on", title: "Single sign-on", health: "at-risk", since: "2026-03-10" },
    ]);
    // legacy-api counts as it was at the baseline; fresh names "initech", the same customer.
    expect(report.inputs).toEqual({
      by_source: { customer: 4, sales: 1, support: 1, internal: 1 },
      top_customer: { name: "Initech", epics: 3, share: 3 / 12 },
    });
  });

  test("a milestone as the period: its start to its end", () => {
    const milestone = reviewJson("q2", "--today", "2026-08-15");
    expect(milestone.period).toEqual({ ...report.period, label: "q2" });
    expect(milestone.summary).toEqual(report.summary);
  });

  test("--baseline: a date's end, or a revision", () => {
    const later = reviewJson("2026-Q2", "--today", "2026-08-15", "--baseline", "2026-05-01");
    expect(later.baseline).toEqual({ hash: hashOf("Mid-quarter"), date: "2026-05-01", after_start: true });
    // billing was already dropped and legacy-api gone: no longer committed.
    expect(later.summary.committed).toBe(8);
    expect(later.epics.some((epic) => epic.id === "billing" || epic.id === "legacy-api")).toBe(false);
    const byRev = reviewJson("2026-Q2", "--today", "2026-08-15", "--baseline", hashOf("Add the Q2 kickoff"));
    expect(byRev.summary).toEqual(report.summary);
  });
});

test("a running period: the end state is today's, and what is still due is open", () => {
  const report = reviewJson("current", "--today", "2026-05-10");
  expect(report.period).toEqual({ label: "2026-Q2", start: "2026-04-01", end: "2026-06-30", running: true });
  expect(report.end).toEqual({ hash: hashOf("Mid-quarter"), date: "2026-05-01" });
  expect(report.epics.map((epic) => [epic.id, epic.result])).toEqual([
    ["auth", "open"],
    ["billing", "dropped"],
    ["export", "open"],
    ["import", "open"],
    ["kickoff", "open"],
    ["legacy-api", "dropped"],
    ["reports", "open"],
    ["search", "carried-over"],
    ["single-sign-on", "open"],
    ["fresh", "added"],
  ]);
  expect(report.summary.say_do).toBe(0);
  // Stale counts from today while the period runs.
  expect(report.stale.find((epic) => epic.id === "auth")).toMatchObject({
    last_changed: "2026-03-10",
    days: 61,
  });
});

test("a road map younger than the period: the baseline is its first commit, and the report says so", () => {
  const report = reviewJson("2026-Q1", "--today", "2026-08-15");
  expect(report.baseline).toEqual({ hash: hashOf("Plan Q2"), date: "2026-03-10", after_start: true });
  expect(report.epics).toEqual([
    {
      id: "cleanup",
      title: "Tidy the backlog",
      result: "missed",
      due_before: "2026-03-31",
      due_after: "2026-03-31",
    },
  ]);
  expect(review("2026-Q1", "--today", "2026-08-15").stdout).toContain(
    "note: The road map is younger than the period: the baseline is its first commit (2026-03-10)",
  );
});

describe("--trend", () => {
  test("the summaries of n quarters ending with the named one, oldest first", () => {
    const result = review("--trend", "2", "2026-Q2", "--today", "2026-08-15", "--json");
    const trend = JSON.parse(result.stdout) as TrendReport;
    expect(Object.keys(trend)).toEqual(["trend"]);
    expect(trend.trend.map((entry) => entry.period.label)).toEqual(["2026-Q1", "2026-Q2"]);
    expect(trend.trend[0]!.summary).toEqual(reviewJson("2026-Q1", "--today", "2026-08-15").summary);
    expect(trend.trend[1]!.summary).toEqual(reviewJson("2026-Q2", "--today", "2026-08-15").summary);
  });

  test("ending with the previous quarter by default; a quarter before the road map committed nothing", () => {
    const trend = JSON.parse(review("--trend", "3", "--today", "2026-08-15", "--json").stdout) as TrendReport;
    expect(
      trend.trend.map((entry) => [entry.period.label, entry.summary.committed, entry.summary.say_do]),
    ).toEqual([
      ["2025-Q4", 0, null],
      ["2026-Q1", 1, 0],
      ["2026-Q2", 9, 3 / 9],
    ]);
  });

  test("one bar per quarter in text", () => {
    const text = review("--trend", "3", "--today", "2026-08-15").stdout;
    expect(text.split("\n").slice(0, 4)).toEqual([
      "Say/do by quarter (committed epics delivered)",
      "2025-Q4  ░░░░░░░░░░░░░░░░░░░░    —  nothing committed",
      "2026-Q1  ░░░░░░░░░░░░░░░░░░░░   0%  0/1 epics · points — · 0 slipped · 0 added",
      "2026-Q2  ██████░░░░░░░░░░░░░░  33%  3/9 epics · points 37% · 2 slipped · 3 added",
    ]);
  });
});

describe("formats", () => {
  const args = ["2026-Q2", "--today", "2026-08-15"];

  test("text: sections and a say/do bar, no colour off a TTY", () => {
    const result = review(...args);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("\u001b[");
    expect(result.stdout).toMatchSnapshot();
  });

  test("colour on a TTY (FORCE_COLOR)", () => {
    const result = runCli(["review", ...args], {
      cwd: repo.dir,
      env: { NO_COLOR: undefined, FORCE_COLOR: "1" },
    });
    expect(result.stdout).toContain("\u001b[32m✓ delivered");
  });

  test("markdown for a wiki page or a pull request", () => {
    expect(review(...args, "--format", "markdown").stdout).toMatchSnapshot();
  });

  test("-o writes the same text to a file, atomically", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-review-out-"));
    try {
      const file = join(dir, "review.md");
      const result = review(...args, "--format", "markdown", "-o", file);
      expect(result).toMatchObject({ code: 0, stdout: "", stderr: "" });
      expect(readFileSync(file, "utf8")).toBe(review(...args, "--format", "markdown").stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("usage errors exit 2 with one line", () => {
  test.each([
    [
      ["next"],
      'roadmap: unknown period "next": use a quarter (YYYY-Qn), current, previous or a milestone id\n',
    ],
    [["--trend", "0"], 'roadmap: --trend must be a whole number of quarters, 1 to 160 (got "0")\n'],
    [
      ["--stale-days", "soon"],
      'roadmap: --stale-days must be a whole number of days, 0 to 36525 (got "soon")\n',
    ],
    [["q2", "--trend", "2"], 'roadmap: --trend needs a quarter (YYYY-Qn, current or previous), not "q2"\n'],
    [
      ["--trend", "2", "--stale-days", "5"],
      "roadmap: --stale-days sets one review's stale epics; a trend lists say/do only\n",
    ],
    [["--format", "pdf"], 'roadmap: unknown format "pdf"; use one of: text, json, markdown, html\n'],
    [
      ["2025-Q1", "--today", "2026-08-15"],
      "roadmap: nothing to review: the road map has no commit on or before 2025-03-31\n",
    ],
  ])("review %j", (args, message) => {
    const result = review(...args);
    expect({ code: result.code, stderr: result.stderr, stdout: result.stdout }).toEqual({
      code: 2,
      stderr: message,
      stdout: "",
    });
  });

  test("outside a git repository", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-review-nogit-"));
    try {
      const result = runCli(["review", "-C", dir], { cwd: dir, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^roadmap: not a git repository \(.*\): log, diff, review and --rev read/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
