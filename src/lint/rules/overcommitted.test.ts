import { expect, test } from "vitest";
import type { Epic } from "../../model/schemas.js";
import { makeStory, runRule } from "../test-roadmap.js";
import { overcommitted } from "./overcommitted.js";

const withPoints = (milestone: string, ...points: (number | undefined)[]): Partial<Epic> => ({
  milestone,
  stories: points.map((p, i) => makeStory(`s${i}`, { points: p })),
});

const cases: { name: string; capacity?: number; epics: Record<string, Partial<Epic>>; expected: string[] }[] =
  [
    { name: "exactly at capacity passes", capacity: 8, epics: { a: withPoints("m", 3, 5) }, expected: [] },
    {
      name: "fractional points that add up to capacity pass (0.1 + 0.2 is 0.3)",
      capacity: 0.3,
      epics: { a: withPoints("m", 0.1, 0.2) },
      expected: [],
    },
    {
      name: "one point over capacity",
      capacity: 8,
      epics: { a: withPoints("m", 3), b: withPoints("m", 6) },
      expected: ["milestones/m.yaml:capacity"],
    },
    {
      name: "a dropped epic's points do not count",
      capacity: 8,
      epics: { a: withPoints("m", 8), b: { ...withPoints("m", 5), status: "dropped" } },
      expected: [],
    },
    {
      name: "done stories still count",
      capacity: 2,
      epics: { a: { milestone: "m", stories: [makeStory("s", { points: 3, status: "done" })] } },
      expected: ["milestones/m.yaml:capacity"],
    },
    {
      name: "stories without points count 0",
      capacity: 0,
      epics: { a: withPoints("m", undefined) },
      expected: [],
    },
    { name: "no capacity, no check", epics: { a: withPoints("m", 100) }, expected: [] },
    { name: "epics of other milestones", capacity: 1, epics: { a: withPoints("other", 100) }, expected: [] },
  ];

test.each(cases)("$name", ({ capacity, epics, expected }) => {
  expect(runRule(overcommitted, { milestones: { m: { capacity } }, epics })).toEqual(expected);
});
