// `roadmap review` at the edges: fiscal years, a shallow clone (partial history), a merge on
// the first-parent line, and a road map in a subfolder of a bigger repository.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { ReviewReport } from "../../src/review/report.js";
import { createRepo, gitEnv, runGit } from "../git-repo.js";
import { runCli } from "../run-cli.js";
import { buildReviewHistory, epicYaml } from "./review-history.js";

const reviewJson = (cwd: string, ...args: string[]): ReviewReport => {
  const result = runCli(["review", ...args, "--json"], { cwd });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ReviewReport;
};

describe("fiscal years: with fiscal_year_start 10, 2027-Q1 is October to December 2026", () => {
  const repo = createRepo({
    "plan/mission.yaml": "name: Acme\nmission: Ship\nfiscal_year_start: 10\n",
    "plan/themes/growth.yaml": "title: Growth\n",
    "plan/milestones/fy27-q1.yaml": "title: FY27 Q1\nstart: 2026-10-01\nend: 2026-12-31\n",
    "plan/epics/billing.yaml": epicYaml({ title: "Billing", milestone: "fy27-q1", status: "planned" }),
    "plan/epics/calendar-q4.yaml": epicYaml({
      title: "Due in calendar Q4 by its own date",
      status: "planned",
    }).replace("status: planned", "status: planned\nend: 2026-11-15"),
  });
  repo.commit("Plan FY27 Q1", { date: "2026-09-20T12:00:00+00:00" });
  repo.write({
    "plan/epics/billing.yaml": epicYaml({ title: "Billing", milestone: "fy27-q1", status: "done" }),
  });
  repo.commit("Billing shipped", { date: "2026-12-10T12:00:00+00:00" });
  afterAll(() => repo.remove());

  test("a fiscal quarter by name, reviewed after it ended", () => {
    const report = reviewJson(repo.dir, "2027-Q1", "-C", "plan", "--today", "2027-01-15");
    expect(report.period).toEqual({
      label: "2027-Q1",
      start: "2026-10-01",
      end: "2026-12-31",
      running: false,
    });
    expect(report.epics.map((epic) => [epic.id, epic.result])).toEqual([
      ["billing", "delivered"],
      ["calendar-q4", "missed"],
    ]);
  });

  test("current and previous count fiscal quarters too", () => {
    expect(reviewJson(repo.dir, "-C", "plan", "--today", "2026-11-02").period).toEqual({
      label: "2027-Q1",
      start: "2026-10-01",
      end: "2026-12-31",
      running: true,
    });
    expect(reviewJson(repo.dir, "previous", "-C", "plan", "--today", "2027-01-02").period.label).toBe(
      "2027-Q1",
    );
  });
});

describe("a shallow clone: the history is partial, the review still reports what it can", () => {
  const source = buildReviewHistory();
  const dir = mkdtempSync(join(tmpdir(), "roadmap-review-shallow-"));
  const clone = join(dir, "clone");
  execFileSync("git", ["clone", "-q", "--depth", "3", `file://${source.dir}`, clone]);
  afterAll(() => {
    source.remove();
    rmSync(dir, { recursive: true, force: true });
  });
  const oldest = execFileSync("git", ["rev-list", "--max-parents=0", "HEAD"], {
    cwd: clone,
    encoding: "utf8",
  }).trim();

  test("the baseline is the oldest commit there is; partial is set", () => {
    const report = reviewJson(clone, "2026-Q2", "--today", "2026-08-15", "--stale-days", "10");
    expect(report.partial).toBe(true);
    expect(report.baseline).toEqual({ hash: oldest, date: "2026-06-10", after_start: true });
    expect(report.end.date).toBe("2026-06-30");
    // Epics untouched in the clone's commits are taken to have changed at its oldest commit.
    expect(report.stale.find((epic) => epic.id === "cleanup")).toMatchObject({
      last_changed: "2026-06-10",
      days: 20,
    });
    expect(report.epics.find((epic) => epic.id === "reports")).toMatchObject({ result: "missed" });
  });

  test("the text says the history is partial", () => {
    const result = runCli(["review", "2026-Q2", "--today", "2026-08-15"], { cwd: clone });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("note: This is a shallow clone, so the history is partial");
  });
});

test("a merge on the first-parent line: its side branch lands on the day of the merge", () => {
  const repo = createRepo({
    "roadmap/mission.yaml": "name: Acme\nmission: Ship\n",
    "roadmap/themes/growth.yaml": "title: Growth\n",
    "roadmap/milestones/q2.yaml": "title: Q2\nstart: 2026-04-01\nend: 2026-06-30\n",
    "roadmap/epics/auth.yaml": epicYaml({ title: "Auth", milestone: "q2", status: "planned" }),
  });
  try {
    repo.commit("Plan", { date: "2026-03-01T12:00:00+00:00" });
    repo.git("checkout", "-q", "-b", "side");
    repo.write({ "roadmap/epics/auth.yaml": epicYaml({ title: "Auth", milestone: "q2", status: "done" }) });
    // Written in the period, merged into main after it: not delivered in the period.
    repo.commit("Auth done on a branch", { date: "2026-06-20T12:00:00+00:00" });
    repo.git("checkout", "-q", "main");
    runGit(
      repo.dir,
      ["merge", "-q", "--no-ff", "-m", "Merge side", "side"],
      gitEnv("2026-07-03T12:00:00+00:00"),
    );
    const report = reviewJson(repo.dir, "2026-Q2", "--today", "2026-08-01");
    expect(report.epics.map((epic) => [epic.id, epic.result])).toEqual([["auth", "missed"]]);
    expect(reviewJson(repo.dir, "2026-Q3", "--today", "2026-10-01").summary.committed).toBe(0);
  } finally {
    repo.remove();
  }
});
