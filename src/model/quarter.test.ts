import { describe, expect, test } from "vitest";
import {
  overlaps,
  parseQuarter,
  quarterOf,
  quarterRange,
  resolveQuarter,
  shiftQuarter,
  startsQuarter,
} from "./quarter.js";

// For every fiscal-year start month: the first quarter of fiscal year 2027 and the quarter that
// 2026-11-25 falls in. Fiscal year N ends in calendar year N (docs/format.md).
const byStartMonth: [number, string, string, string, string][] = [
  // start, 2027-Q1 start, 2027-Q1 end, quarter of 2026-11-25, its start
  [1, "2027-01-01", "2027-03-31", "2026-Q4", "2026-10-01"],
  [2, "2026-02-01", "2026-04-30", "2027-Q4", "2026-11-01"],
  [3, "2026-03-01", "2026-05-31", "2027-Q3", "2026-09-01"],
  [4, "2026-04-01", "2026-06-30", "2027-Q3", "2026-10-01"],
  [5, "2026-05-01", "2026-07-31", "2027-Q3", "2026-11-01"],
  [6, "2026-06-01", "2026-08-31", "2027-Q2", "2026-09-01"],
  [7, "2026-07-01", "2026-09-30", "2027-Q2", "2026-10-01"],
  [8, "2026-08-01", "2026-10-31", "2027-Q2", "2026-11-01"],
  [9, "2026-09-01", "2026-11-30", "2027-Q1", "2026-09-01"],
  [10, "2026-10-01", "2026-12-31", "2027-Q1", "2026-10-01"],
  [11, "2026-11-01", "2027-01-31", "2027-Q1", "2026-11-01"],
  [12, "2026-12-01", "2027-02-28", "2026-Q4", "2026-09-01"],
];

describe.each(byStartMonth)(
  "fiscal year starting in month %i",
  (start, q1Start, q1End, current, currentStart) => {
    test("2027-Q1 range", () => {
      expect(quarterRange({ year: 2027, q: 1 }, start)).toEqual({
        id: "2027-Q1",
        start: q1Start,
        end: q1End,
      });
    });
    test("the quarter of 2026-11-25 and its range", () => {
      const range = resolveQuarter("current", "2026-11-25", start);
      expect(range?.id).toBe(current);
      expect(range?.start).toBe(currentStart);
      expect(range && range.start <= "2026-11-25" && range.end >= "2026-11-25").toBe(true);
    });
    test("every day of a quarter maps back to that quarter, and quarters tile the year", () => {
      let previousEnd: string | undefined;
      for (let q = 1; q <= 4; q++) {
        const range = quarterRange({ year: 2027, q }, start);
        expect(quarterOf(range.start, start)).toEqual({ year: 2027, q });
        expect(quarterOf(range.end, start)).toEqual({ year: 2027, q });
        if (previousEnd !== undefined) {
          const dayAfter = new Date(`${previousEnd}T00:00:00Z`);
          dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
          expect(range.start).toBe(dayAfter.toISOString().slice(0, 10));
        }
        previousEnd = range.end;
      }
    });
  },
);

test.each([
  ["current", "2026-11-25", 1, "2026-Q4", "2026-10-01", "2026-12-31"],
  ["next", "2026-11-25", 1, "2027-Q1", "2027-01-01", "2027-03-31"],
  ["previous", "2026-11-25", 1, "2026-Q3", "2026-07-01", "2026-09-30"],
  ["previous", "2026-02-10", 1, "2025-Q4", "2025-10-01", "2025-12-31"],
  ["NEXT", "2026-12-31", 10, "2027-Q2", "2027-01-01", "2027-03-31"],
  ["2024-q1", "2026-11-25", 1, "2024-Q1", "2024-01-01", "2024-03-31"],
  ["2024-Q1", "2026-11-25", 2, "2024-Q1", "2023-02-01", "2023-04-30"],
])("resolveQuarter(%s) on %s, fiscal start %i -> %s", (text, today, start, id, first, last) => {
  expect(resolveQuarter(text, today, start)).toEqual({ id, start: first, end: last });
});

test.each(["2026-Q5", "2026Q1", "Q1", "soon", "constructor", ""])("%j is not a quarter", (text) => {
  expect(resolveQuarter(text, "2026-11-25")).toBeUndefined();
  expect(parseQuarter(text)).toBeUndefined();
});

test.each([
  [{ year: 2026, q: 4 }, 1, { year: 2027, q: 1 }],
  [{ year: 2026, q: 1 }, -1, { year: 2025, q: 4 }],
  [{ year: 2026, q: 2 }, 6, { year: 2027, q: 4 }],
])("shiftQuarter(%o, %i)", (quarter, offset, expected) => {
  expect(shiftQuarter(quarter, offset)).toEqual(expected);
});

test.each([
  ["2026-01-01", "2026-03-31", true],
  ["2025-12-01", "2026-01-01", true],
  ["2026-03-31", "2026-05-01", true],
  ["2025-01-01", "2025-12-31", false],
  ["2026-04-01", "2026-06-30", false],
])("%s..%s overlaps 2026-Q1: %s", (start, end, expected) => {
  expect(overlaps({ start, end }, { start: "2026-01-01", end: "2026-03-31" })).toBe(expected);
});

test.each([
  ["2026-01-01", 1, true],
  ["2026-04-01", 1, true],
  ["2026-05-01", 1, false],
  ["2026-10-01", 10, true],
  ["2026-11-01", 10, false],
  ["2027-01-01", 10, true],
  ["2026-02-01", 2, true],
])("%s starts a quarter when the fiscal year starts in month %i: %s", (date, fiscalYearStart, starts) => {
  expect(startsQuarter(date, fiscalYearStart)).toBe(starts);
});
