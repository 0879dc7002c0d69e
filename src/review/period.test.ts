import { describe, expect, test } from "vitest";
import { resolvePeriod, resolveTrend, reviewDateOf } from "./period.js";

const context = (today: string, fiscalYearStart = 1) => ({
  today,
  fiscalYearStart,
  milestones: new Map([
    ["2026-q1", { start: "2026-01-05", end: "2026-03-27" }],
    ["launch", { start: "2026-02-01", end: "2026-05-15" }],
  ]),
});

describe("resolvePeriod", () => {
  test.each([
    ["current", "2026-05-10", 1, { label: "2026-Q2", start: "2026-04-01", end: "2026-06-30", running: true }],
    [
      "previous",
      "2026-05-10",
      1,
      { label: "2026-Q1", start: "2026-01-01", end: "2026-03-31", running: false },
    ],
    [
      "previous",
      "2026-01-10",
      1,
      { label: "2025-Q4", start: "2025-10-01", end: "2025-12-31", running: false },
    ],
    ["2026-Q3", "2026-05-10", 1, { label: "2026-Q3", start: "2026-07-01", end: "2026-09-30", running: true }],
    // Fiscal year 2027 starts in October 2026.
    [
      "2027-Q1",
      "2027-01-10",
      10,
      { label: "2027-Q1", start: "2026-10-01", end: "2026-12-31", running: false },
    ],
    [
      "current",
      "2026-11-02",
      10,
      { label: "2027-Q1", start: "2026-10-01", end: "2026-12-31", running: true },
    ],
    ["launch", "2026-05-15", 1, { label: "launch", start: "2026-02-01", end: "2026-05-15", running: true }],
    // A milestone id that reads as a quarter names the milestone; the quarter is written 2026-Q1.
    [
      "2026-q1",
      "2026-05-10",
      1,
      { label: "2026-q1", start: "2026-01-05", end: "2026-03-27", running: false },
    ],
    [
      "2026-Q1",
      "2026-05-10",
      1,
      { label: "2026-Q1", start: "2026-01-01", end: "2026-03-31", running: false },
    ],
    [
      "2025-q4",
      "2026-05-10",
      1,
      { label: "2025-Q4", start: "2025-10-01", end: "2025-12-31", running: false },
    ],
  ])("%s on %s (fiscal year from month %i)", (text, today, fiscal, expected) => {
    expect(resolvePeriod(text, context(today, fiscal))).toEqual(expected);
  });

  test("anything else is a usage error naming what works", () => {
    expect(() => resolvePeriod("next", context("2026-05-10"))).toThrow(
      'unknown period "next": use a quarter (YYYY-Qn), current, previous or a milestone id',
    );
  });
});

describe("resolveTrend", () => {
  test("n quarters ending with the previous one by default, oldest first", () => {
    expect(resolveTrend(undefined, 3, context("2026-05-10")).map((period) => period.label)).toEqual([
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
    ]);
  });

  test("ending with a named quarter, fiscal years respected", () => {
    const trend = resolveTrend("2027-Q2", 2, context("2027-06-01", 10));
    expect(trend.map((period) => [period.label, period.start, period.end, period.running])).toEqual([
      ["2027-Q1", "2026-10-01", "2026-12-31", false],
      ["2027-Q2", "2027-01-01", "2027-03-31", false],
    ]);
  });

  test("a milestone is not a quarter", () => {
    expect(() => resolveTrend("launch", 2, context("2026-05-10"))).toThrow(/--trend needs a quarter/);
  });
});

test("the review date is the last day, or today while the period runs", () => {
  const period = resolvePeriod("2026-Q2", context("2026-05-10"));
  expect(reviewDateOf(period, "2026-05-10")).toBe("2026-05-10");
  expect(reviewDateOf({ ...period, running: false }, "2026-08-01")).toBe("2026-06-30");
});
