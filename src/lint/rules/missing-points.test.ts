import { expect, test } from "vitest";
import type { Epic } from "../../model/schemas.js";
import { makeStory, runRule } from "../test-roadmap.js";
import { missingPoints } from "./missing-points.js";

const cases: { name: string; epic: Partial<Epic>; expected: string[] }[] = [
  {
    name: "a story without points",
    epic: { stories: [makeStory("a", { points: 1 }), makeStory("b")] },
    expected: ["epics/e.yaml:stories.1"],
  },
  { name: "0 points is an estimate", epic: { stories: [makeStory("a", { points: 0 })] }, expected: [] },
  { name: "no stories", epic: {}, expected: [] },
  { name: "a dropped epic", epic: { status: "dropped", stories: [makeStory("a")] }, expected: [] },
];

test.each(cases)("$name", ({ epic, expected }) => {
  expect(runRule(missingPoints, { epics: { e: epic } })).toEqual(expected);
});

test("is off by default", () => {
  expect(missingPoints.defaultSeverity).toBe("off");
});
