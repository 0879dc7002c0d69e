import { expect, test } from "vitest";
import { chooseWindow, monthTicks, positionAfter, positionOf, quarterLabels } from "./html-window.js";

test.each([
  // today, fiscal year start, horizon months, choice, window
  ["2026-11-25", 1, 6, {}, "2026-07-01..2027-06-30"],
  ["2026-10-01", 1, 6, {}, "2026-07-01..2027-06-30"],
  ["2026-12-31", 1, 1, {}, "2026-07-01..2027-03-31"],
  ["2026-11-25", 4, 9, {}, "2026-07-01..2027-09-30"],
  ["2026-11-25", 10, 6, {}, "2026-07-01..2027-06-30"],
  ["2026-02-10", 2, 12, {}, "2025-11-01..2027-04-30"],
  ["2026-11-25", 1, 6, { from: "2026-11-15", to: "2027-01-31" }, "2026-11-15..2027-01-31"],
  ["2026-11-25", 1, 6, { from: "2020-01-01" }, "2020-01-01..2027-06-30"],
  ["2026-11-25", 1, 6, { from: "2028-02-10" }, "2028-02-10..2028-03-31"],
  ["2026-11-25", 1, 6, { to: "2025-05-05" }, "2025-04-01..2025-05-05"],
])("today %s, fiscal year from month %i, horizon %i, %j: %s", (today, fiscal, horizon, choice, expected) => {
  const window = chooseWindow(today, fiscal, horizon, choice);
  expect(`${window.start}..${window.end}`).toBe(expected);
});

test("positions count whole days: a bar ends where the next day starts", () => {
  const window = { start: "2026-01-01", end: "2026-01-10" };
  expect(positionOf(window, "2026-01-01")).toBe(0);
  expect(positionOf(window, "2026-01-06")).toBe(50);
  expect(positionAfter(window, "2026-01-10")).toBe(100);
  expect(positionAfter(window, "2026-01-05")).toBe(positionOf(window, "2026-01-06"));
});

test("a tick at every month start inside the window, quarter starts per fiscal year", () => {
  const window = { start: "2026-08-15", end: "2026-12-31" };
  expect(monthTicks(window, 1).map((tick) => `${tick.date}${tick.quarterStart ? " Q" : ""}`)).toEqual([
    "2026-09-01",
    "2026-10-01 Q",
    "2026-11-01",
    "2026-12-01",
  ]);
  expect(
    monthTicks(window, 11)
      .filter((tick) => tick.quarterStart)
      .map((tick) => tick.date),
  ).toEqual(["2026-11-01"]);
});

test("every quarter the window reaches is labelled where it, or the window, starts", () => {
  const window = { start: "2026-08-15", end: "2027-01-10" };
  expect(quarterLabels(window, 1).map((label) => [label.id, label.start, label.end])).toEqual([
    ["2026-Q3", "2026-08-15", "2026-09-30"],
    ["2026-Q4", "2026-10-01", "2026-12-31"],
    ["2027-Q1", "2027-01-01", "2027-01-10"],
  ]);
  // With the fiscal year from October, October to December 2026 is 2027-Q1.
  expect(quarterLabels(window, 10).map((label) => label.id)).toEqual(["2026-Q4", "2027-Q1", "2027-Q2"]);
});
