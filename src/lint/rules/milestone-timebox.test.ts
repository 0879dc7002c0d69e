import { expect, test } from "vitest";
import { makeRoadmap, runRule } from "../test-roadmap.js";
import { milestoneTimebox, timeboxDays } from "./milestone-timebox.js";

const cases: { name: string; start: string; end: string; options?: unknown; expected: string[] }[] = [
  { name: "a 90-day calendar quarter (Q1) passes", start: "2026-01-01", end: "2026-03-31", expected: [] },
  { name: "a 92-day calendar quarter (Q3) passes", start: "2026-07-01", end: "2026-09-30", expected: [] },
  { name: "a 92-day calendar quarter (Q4) passes", start: "2026-10-01", end: "2026-12-31", expected: [] },
  {
    name: "a leap year's first quarter (91 days) passes",
    start: "2028-01-01",
    end: "2028-03-31",
    expected: [],
  },
  { name: "a fiscal quarter from October passes", start: "2026-10-01", end: "2026-12-31", expected: [] },
  { name: "93 days warns", start: "2026-07-01", end: "2026-10-01", expected: ["milestones/m.yaml:end"] },
  {
    name: "a half-year warns by default",
    start: "2026-07-01",
    end: "2026-12-31",
    expected: ["milestones/m.yaml:end"],
  },
  { name: "a one-day milestone", start: "2026-01-01", end: "2026-01-01", expected: [] },
  {
    name: "max_weeks 26 accepts any half-year (184 days)",
    start: "2026-07-01",
    end: "2026-12-31",
    options: { max_weeks: 26 },
    expected: [],
  },
  {
    name: "max_weeks 52 accepts a leap year (366 days)",
    start: "2028-01-01",
    end: "2028-12-31",
    options: { max_weeks: 52 },
    expected: [],
  },
  {
    name: "max_weeks 2: 14 days pass",
    start: "2026-01-01",
    end: "2026-01-14",
    options: { max_weeks: 2 },
    expected: [],
  },
  {
    name: "max_weeks 2: 15 days warn",
    start: "2026-01-01",
    end: "2026-01-15",
    options: { max_weeks: 2 },
    expected: ["milestones/m.yaml:end"],
  },
];

test.each(cases)("$name", ({ start, end, options, expected }) => {
  expect(runRule(milestoneTimebox, { milestones: { m: { start, end } } }, { options })).toEqual(expected);
});

test("the limit in days: weeks, plus a day for each whole quarter", () => {
  expect([timeboxDays(2), timeboxDays(6), timeboxDays(13), timeboxDays(26), timeboxDays(52)]).toEqual([
    14, 42, 92, 184, 368,
  ]);
});

const messageFor = (start: string, end: string, options: unknown = {}): string =>
  milestoneTimebox.check(makeRoadmap({ milestones: { m: { start, end } } }), {
    today: "2026-01-01",
    options,
  })[0]?.message ?? "";

test("the message gives the length and the limit, and never tells a team to split a quarter", () => {
  const message = messageFor("2026-07-01", "2026-12-31");
  expect(message).toBe(
    'milestone "m" lasts 184 days, more than 13 weeks (a quarter, at most 92 days); a team that plans by half-year or year says so with max_weeks (26 or 52) in roadmap.config.yaml; otherwise shorten the milestone',
  );
  expect(message).not.toMatch(/split/);
  expect(messageFor("2026-01-01", "2026-02-20", { max_weeks: 6 })).toContain("more than 6 weeks (42 days)");
});
