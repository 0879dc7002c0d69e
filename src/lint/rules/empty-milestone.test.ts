import { expect, test } from "vitest";
import { runRule, type TestRoadmapParts } from "../test-roadmap.js";
import { emptyMilestone } from "./empty-milestone.js";

const cases: { name: string; parts: TestRoadmapParts; expected: string[] }[] = [
  {
    name: "a milestone with no epic",
    parts: { milestones: { m: {} } },
    expected: ["milestones/m.yaml:title"],
  },
  {
    name: "a milestone with an epic",
    parts: { milestones: { m: {} }, epics: { e: { milestone: "m" } } },
    expected: [],
  },
  {
    name: "a milestone whose only epic is dropped",
    parts: { milestones: { m: {} }, epics: { e: { milestone: "m", status: "dropped" } } },
    expected: ["milestones/m.yaml:title"],
  },
  {
    name: "an unscheduled epic does not fill a milestone",
    parts: { milestones: { m: {} }, epics: { e: {} } },
    expected: ["milestones/m.yaml:title"],
  },
];

test.each(cases)("$name", ({ parts, expected }) => {
  expect(runRule(emptyMilestone, parts)).toEqual(expected);
});
