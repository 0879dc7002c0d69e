import { describe, expect, test } from "vitest";
import { followRenames } from "./history-facts.js";
import { comparePlanToActual } from "./results.js";
import { makeState, points, Q2, sameIds } from "./test-states.js";

const over = { ...Q2, running: false };
const running = { ...Q2, running: true };

function compare(
  baseline: ReturnType<typeof makeState>,
  end: ReturnType<typeof makeState>,
  period: { start: string; end: string; running: boolean } = over,
) {
  return comparePlanToActual({ period, baseline, end, identity: sameIds(baseline) });
}

describe("committed epics and their results", () => {
  const baseline = makeState({
    shipped: { milestone: "q2", ...points(3, 5) },
    cut: { milestone: "q2", ...points(2) },
    deleted: { milestone: "q2" },
    split: { milestone: "q2", status: "in-progress" },
    moved: { milestone: "q2", ...points(8) },
    parked: { milestone: "q2" },
    late: { milestone: "q2", status: "proposed" },
    "own-end": { end: "2026-05-15" },
  });
  const end = makeState({
    shipped: { milestone: "q2", status: "done", ...points(3, 5, 13) },
    cut: { milestone: "q2", status: "dropped" },
    split: { milestone: "q2", status: "in-progress" },
    "split-rest": { milestone: "q3", continues: "split" },
    moved: { milestone: "q3" },
    parked: {},
    late: { milestone: "q2", status: "in-progress" },
    "own-end": { end: "2026-05-15" },
  });

  test("each committed epic gets one result, by id", () => {
    const { epics } = compare(baseline, end);
    expect(epics.map(({ entry }) => entry)).toEqual([
      { id: "cut", title: "Epic cut", result: "dropped", due_before: "2026-06-30", due_after: "2026-06-30" },
      { id: "deleted", title: "Epic deleted", result: "dropped", due_before: "2026-06-30", due_after: null },
      { id: "late", title: "Epic late", result: "missed", due_before: "2026-06-30", due_after: "2026-06-30" },
      {
        id: "moved",
        title: "Epic moved",
        result: "slipped",
        due_before: "2026-06-30",
        due_after: "2026-09-30",
        slip_days: 92,
      },
      {
        id: "own-end",
        title: "Epic own-end",
        result: "missed",
        due_before: "2026-05-15",
        due_after: "2026-05-15",
      },
      { id: "parked", title: "Epic parked", result: "slipped", due_before: "2026-06-30", due_after: null },
      {
        id: "shipped",
        title: "Epic shipped",
        result: "delivered",
        due_before: "2026-06-30",
        due_after: "2026-06-30",
      },
      {
        id: "split",
        title: "Epic split",
        result: "carried-over",
        due_before: "2026-06-30",
        due_after: "2026-06-30",
        continued_by: "split-rest",
      },
    ]);
  });

  test("while the period runs, what is neither done, dropped, carried over nor slipped is open", () => {
    const { epics } = compare(baseline, end, running);
    expect(epics.filter(({ entry }) => entry.result === "open").map(({ entry }) => entry.id)).toEqual([
      "late",
      "own-end",
    ]);
    expect(epics.some(({ entry }) => entry.result === "missed")).toBe(false);
  });

  test("the summary counts results; points are the baseline's", () => {
    expect(compare(baseline, end).summary).toEqual({
      committed: 8,
      delivered: 1,
      dropped: 2,
      carried_over: 1,
      slipped: 2,
      missed: 2,
      open: 0,
      added: 0,
      say_do: 1 / 8,
      // shipped had 8 points at the baseline (13 were added later); moved 8, cut 2.
      points: { committed: 18, delivered: 8, say_do: 8 / 18 },
    });
  });

  test("first match wins: done beats continued, dropped beats continued, continued beats slipped", () => {
    const base = makeState({ a: { milestone: "q2" }, b: { milestone: "q2" }, c: { milestone: "q2" } });
    const now = makeState({
      a: { milestone: "q2", status: "done" },
      b: { milestone: "q2", status: "dropped" },
      c: { milestone: "q3" },
      "a-2": { milestone: "q3", continues: "a" },
      "b-2": { milestone: "q3", continues: "b" },
      "c-2": { milestone: "q3", continues: "c" },
    });
    expect(compare(base, now).epics.map(({ entry }) => [entry.id, entry.result])).toEqual([
      ["a", "delivered"],
      ["b", "dropped"],
      ["c", "carried-over"],
    ]);
  });

  test("not committed: done or dropped at the baseline, due outside the period, or no due date", () => {
    const base = makeState({
      done: { milestone: "q2", status: "done" },
      dropped: { milestone: "q2", status: "dropped" },
      before: { milestone: "q1" },
      after: { milestone: "q3" },
      "ends-later": { milestone: "q2", end: "2026-07-10" },
      unscheduled: {},
      "unknown-milestone": { milestone: "q9" },
    });
    const result = compare(base, base);
    expect(result.summary.committed).toBe(0);
    expect(result.summary.say_do).toBeNull();
    expect(result.summary.points.say_do).toBeNull();
  });

  test("a committed epic renamed on the way is judged, and listed, under its new id", () => {
    const base = makeState({ auth: { milestone: "q2" } });
    const now = makeState({ login: { milestone: "q2", status: "done", title: "Log in" } });
    const identity = followRenames(
      [
        {
          hash: "c1",
          date: "2026-05-01",
          changes: [{ kind: "renamed", type: "epic", id: "login", from: "auth", to: "login" }],
          notes: [],
        },
      ],
      (id) => base.epicById.has(id),
    );
    const result = comparePlanToActual({ period: over, baseline: base, end: now, identity });
    expect(result.epics.map(({ entry }) => [entry.id, entry.title, entry.result])).toEqual([
      ["login", "Log in", "delivered"],
    ]);
    expect(result.summary.added).toBe(0);
  });
});

describe("added epics and what they were", () => {
  const baseline = makeState({
    later: { milestone: "q3" },
    loose: {},
    "was-done": { milestone: "q2", status: "done" },
    revived: { milestone: "q2", status: "dropped" },
    kept: { milestone: "q2" },
  });
  const end = makeState({
    fresh: { milestone: "q2" },
    later: { milestone: "q2", status: "done" },
    loose: { end: "2026-06-01" },
    "was-done": { milestone: "q2", status: "done" },
    revived: { milestone: "q2", status: "in-progress" },
    kept: { milestone: "q2" },
    "cut-again": { milestone: "q2", status: "dropped" },
    elsewhere: { milestone: "q3" },
  });

  test("new, rescheduled, unscheduled; never committed, dropped or done at the baseline", () => {
    const { epics, summary } = compare(baseline, end);
    expect(epics.filter(({ entry }) => entry.result === "added").map(({ entry }) => entry)).toEqual([
      {
        id: "fresh",
        title: "Epic fresh",
        result: "added",
        due_before: null,
        due_after: "2026-06-30",
        was: "new",
      },
      {
        id: "later",
        title: "Epic later",
        result: "added",
        due_before: "2026-09-30",
        due_after: "2026-06-30",
        was: "rescheduled",
      },
      {
        id: "loose",
        title: "Epic loose",
        result: "added",
        due_before: null,
        due_after: "2026-06-01",
        was: "unscheduled",
      },
      // Dropped at the baseline and taken back: back in the plan from elsewhere.
      {
        id: "revived",
        title: "Epic revived",
        result: "added",
        due_before: "2026-06-30",
        due_after: "2026-06-30",
        was: "rescheduled",
      },
    ]);
    expect(summary.added).toBe(4);
    expect(epics.map(({ entry }) => entry.id)[0]).toBe("kept");
  });
});
