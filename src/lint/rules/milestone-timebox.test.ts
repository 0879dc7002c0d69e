import { expect, test } from "vitest";
import { makeRoadmap, runRule } from "../test-roadmap.js";
import { milestoneTimebox } from "./milestone-timebox.js";

const cases: { name: string; start: string; end: string; options?: unknown; expected: string[] }[] = [
  { name: "exactly 13 weeks (91 days) passes", start: "2026-01-01", end: "2026-04-01", expected: [] },
  { name: "91 + 1 days warns", start: "2026-01-01", end: "2026-04-02", expected: ["milestones/m.yaml:end"] },
  { name: "a one-day milestone", start: "2026-01-01", end: "2026-01-01", expected: [] },
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
  {
    name: "a leap year quarter of exactly 91 days",
    start: "2028-01-01",
    end: "2028-03-31",
    expected: [],
  },
];

test.each(cases)("$name", ({ start, end, options, expected }) => {
  expect(runRule(milestoneTimebox, { milestones: { m: { start, end } } }, { options })).toEqual(expected);
});

test("the message gives the length and the limit", () => {
  const [finding] = milestoneTimebox.check(
    makeRoadmap({ milestones: { m: { start: "2026-01-01", end: "2026-04-02" } } }),
    { today: "2026-01-01", options: {} },
  );
  expect(finding?.message).toContain("92 days");
  expect(finding?.message).toContain("13 weeks (91 days)");
});
