import { expect, test } from "vitest";
import type { DatedCommit } from "../history/commits.js";
import { buildReview, buildTrendEntry } from "./build-review.js";
import { makeState, Q2, sameIds } from "./test-states.js";

const baseline = makeState({
  auth: { milestone: "q2", status: "planned", requested_by: [{ source: "customer", name: "Initech" }] },
  old: { milestone: "q1", status: "done" },
  gone: { milestone: "q2", requested_by: [{ source: "sales" }] },
});
const end = makeState({
  auth: {
    milestone: "q2",
    status: "done",
    outcome: { metric: "logins", target: 100 },
    requested_by: [{ source: "customer", name: "Initech" }, { source: "support" }],
  },
  old: { milestone: "q1", status: "done" },
  risky: { milestone: "q2", status: "in-progress", health: "at-risk", continues: "old" },
});
const history: DatedCommit[] = [
  {
    hash: "e",
    date: "2026-06-10",
    changes: [{ kind: "changed", type: "epic", id: "auth", field: "status" }],
    notes: [],
  },
  {
    hash: "d",
    date: "2026-05-01",
    changes: [{ kind: "changed", type: "epic", id: "old", field: "labels" }],
    notes: [],
  },
  { hash: "c", date: "2026-04-20", changes: [{ kind: "removed", type: "epic", id: "gone" }], notes: [] },
];

const input = {
  period: { label: "2026-Q2", ...Q2, running: false },
  reviewDate: "2026-06-30",
  staleDays: 30,
  baseline: { roadmap: baseline, hash: "b".repeat(40), date: "2026-04-01", afterStart: false },
  end: { roadmap: end, hash: "e".repeat(40), date: "2026-06-10" },
  identity: sameIds(baseline),
  history,
  oldestDate: "2026-03-01",
  partial: false,
};

test("the whole report, in the order of its JSON", () => {
  const report = buildReview(input);
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
  expect(report.baseline).toEqual({ hash: "b".repeat(40), date: "2026-04-01", after_start: false });
  expect(report.epics.map((epic) => [epic.id, epic.result, epic.was])).toEqual([
    ["auth", "delivered", undefined],
    ["gone", "dropped", undefined],
    ["risky", "added", "new"],
  ]);
  // risky's own change is not in these commits (older than the history at hand), but it
  // continues old, whose last change log <risky> shows too.
  expect(report.stale).toEqual([
    { id: "risky", title: "Epic risky", status: "in-progress", last_changed: "2026-05-01", days: 60 },
  ]);
  expect(report.outcomes).toEqual([
    { id: "auth", title: "Epic auth", metric: "logins", target: 100, actual: null },
  ]);
  expect(report.health).toEqual([
    { id: "risky", title: "Epic risky", health: "at-risk", since: "2026-03-01" },
  ]);
  // auth as it is at the end, gone as it was at the baseline.
  expect(report.inputs).toEqual({
    by_source: { customer: 1, sales: 1, support: 1 },
    top_customer: { name: "Initech", epics: 1, share: 1 / 3 },
  });
});

test("a partial history says so; a trend entry is the period and its summary", () => {
  expect(buildReview({ ...input, partial: true }).partial).toBe(true);
  const entry = buildTrendEntry(input.period, { baseline, end, identity: sameIds(baseline) });
  expect(entry).toEqual({ period: input.period, summary: buildReview(input).summary });
});
