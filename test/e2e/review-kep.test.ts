// `roadmap review` on real history: the Kubernetes KEP road map's 400-commit bundle. The figures
// are checked against a count made here, independently: the states are extracted with
// `git archive`, read with js-yaml, and judged by docs/review.md's definitions written out again.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ReviewReport } from "../../src/review/report.js";
import { CORPUS, runCli } from "../run-cli.js";

interface EpicData {
  title: string;
  milestone?: string;
  status?: string;
  end?: string;
  continues?: string;
  requested_by?: { source: string; name?: string }[];
  stories?: { points?: number }[];
}

interface State {
  epics: Map<string, EpicData>;
  milestoneEnds: Map<string, string>;
}

let dir: string;
let clone: string;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "roadmap-review-kep-"));
  clone = join(dir, "k8s");
  execFileSync("git", ["clone", "-q", `${CORPUS}kubernetes-history.bundle`, clone]);
}, 60_000);

const git = (...args: string[]) =>
  execFileSync("git", args, { cwd: clone, encoding: "utf8", maxBuffer: 1 << 28 });

/** The first-parent line, newest first, with committer times; the commit ending a UTC day. */
function commitAtEndOf(day: string): string {
  const endOfDay = Date.parse(`${day}T00:00:00Z`) / 1000 + 86_400;
  for (const line of git("log", "--first-parent", "--format=%H %ct").trim().split("\n")) {
    const [hash, time] = line.split(" ");
    if (Number(time) < endOfDay) return hash!;
  }
  throw new Error(`no commit by ${day}`);
}

function readState(commit: string): State {
  const target = join(dir, commit);
  mkdirSync(target, { recursive: true });
  execFileSync("sh", ["-c", `git archive ${commit} roadmap | tar -x -C ${target}`], { cwd: clone });
  const load = (folder: string) =>
    readdirSync(join(target, "roadmap", folder), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".yaml"))
      .map(
        (file) =>
          [
            file.replace(/^.*\//, "").slice(0, -5),
            yaml.load(readFileSync(join(target, "roadmap", folder, file), "utf8"), {
              schema: yaml.CORE_SCHEMA,
            }),
          ] as const,
      );
  return {
    epics: new Map(load("epics") as [string, EpicData][]),
    milestoneEnds: new Map(
      load("milestones").map(([id, data]) => [id, String((data as { end: unknown }).end)]),
    ),
  };
}

const dueOf = (epic: EpicData, state: State): string | undefined =>
  epic.end ?? (epic.milestone === undefined ? undefined : state.milestoneEnds.get(epic.milestone));
const pointsOf = (epic: EpicData): number =>
  (epic.stories ?? []).reduce((sum, story) => sum + (story.points ?? 0), 0);

describe.each([
  { label: "2025-Q4", start: "2025-10-01", end: "2025-12-31" },
  { label: "2026-Q2", start: "2026-04-01", end: "2026-06-30" },
])("review of $label in the KEP history", (period) => {
  let report: ReviewReport;
  let baseline: State;
  let end: State;
  beforeAll(() => {
    const result = runCli(["review", period.label, "--today", "2026-07-30", "--json"], { cwd: clone });
    expect(result.stderr).toBe("");
    report = JSON.parse(result.stdout) as ReviewReport;
    baseline = readState(commitAtEndOf(period.start));
    end = readState(commitAtEndOf(period.end));
  }, 60_000);

  const inside = (date: string | undefined) =>
    date !== undefined && date >= period.start && date <= period.end;

  test("the states are the commits ending the period's first and last days in UTC", () => {
    expect(report.baseline.hash).toBe(commitAtEndOf(period.start));
    expect(report.end.hash).toBe(commitAtEndOf(period.end));
    expect(report.period.running).toBe(false);
  });

  test("committed epics and their results agree with a count made from the two trees", () => {
    const expected: [string, string][] = [];
    let points = 0;
    let deliveredPoints = 0;
    for (const [id, epic] of baseline.epics) {
      if (epic.status === "done" || epic.status === "dropped" || !inside(dueOf(epic, baseline))) continue;
      const now = end.epics.get(id);
      const due = now && dueOf(now, end);
      const continued = [...end.epics.values()].some((other) => other.continues === id);
      const result =
        now?.status === "done"
          ? "delivered"
          : now === undefined || now.status === "dropped"
            ? "dropped"
            : continued
              ? "carried-over"
              : due === undefined || due > period.end
                ? "slipped"
                : "missed";
      expected.push([id, result]);
      points += pointsOf(epic);
      if (result === "delivered") deliveredPoints += pointsOf(epic);
    }
    expected.sort(([a], [b]) => (a < b ? -1 : 1));
    const committed = report.epics.filter((epic) => epic.result !== "added");
    expect(committed.map((epic) => [epic.id, epic.result])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10);
    const delivered = expected.filter(([, result]) => result === "delivered").length;
    expect(report.summary).toMatchObject({
      committed: expected.length,
      delivered,
      say_do: delivered / expected.length,
      points: { committed: points, delivered: deliveredPoints, say_do: deliveredPoints / points },
    });
  });

  test("added epics, and the inputs of the period's epics", () => {
    const committed = new Set(report.epics.filter((epic) => epic.result !== "added").map((epic) => epic.id));
    const added = [...end.epics]
      .filter(([id, epic]) => epic.status !== "dropped" && inside(dueOf(epic, end)) && !committed.has(id))
      .filter(([id]) => baseline.epics.get(id)?.status !== "done")
      .map(([id]) => {
        const before = baseline.epics.get(id);
        return [
          id,
          before === undefined
            ? "new"
            : dueOf(before, baseline) === undefined
              ? "unscheduled"
              : "rescheduled",
        ];
      })
      .sort();
    expect(report.epics.filter((epic) => epic.result === "added").map((epic) => [epic.id, epic.was])).toEqual(
      added,
    );
    expect(report.summary.added).toBe(added.length);
    const periodEpics = [...committed, ...added.map(([id]) => id!)].map(
      (id) => end.epics.get(id) ?? baseline.epics.get(id)!,
    );
    const engineering = periodEpics.filter((epic) =>
      epic.requested_by?.some((r) => r.source === "engineering"),
    );
    expect(report.inputs).toEqual({ by_source: { engineering: engineering.length }, top_customer: null });
  });

  test("outcomes: done at the end, not at the baseline", () => {
    const shipped = [...end.epics]
      .filter(([id, epic]) => epic.status === "done" && baseline.epics.get(id)?.status !== "done")
      .map(([id]) => id)
      .sort();
    expect(report.outcomes.map((outcome) => outcome.id)).toEqual(shipped);
  });

  test("stale: the last commit that touched each quiet epic's file, more than 30 days before the end", () => {
    const lastTouch = new Map<string, string>();
    const log = git(
      "log",
      "--first-parent",
      "--format=@%ct",
      "--name-only",
      report.end.hash,
      "--",
      "roadmap/epics",
    );
    let date = "";
    for (const line of log.split("\n")) {
      if (line.startsWith("@")) date = new Date(Number(line.slice(1)) * 1000).toISOString().slice(0, 10);
      else if (line.endsWith(".yaml")) {
        const id = line.replace(/^.*\//, "").slice(0, -5);
        if (!lastTouch.has(id)) lastTouch.set(id, date);
      }
    }
    const days = (from: string) => (Date.parse(period.end) - Date.parse(from)) / 86_400_000;
    const quiet = [...end.epics]
      .filter(([, epic]) => epic.status === "planned" || epic.status === "in-progress")
      .filter(([id]) => days(lastTouch.get(id)!) > 30)
      .map(([id]) => [id, lastTouch.get(id)]);
    expect(report.stale.map((epic) => [epic.id, epic.last_changed])).toEqual(quiet.sort());
    expect(report.stale.length).toBeGreaterThan(50);
  });
});
