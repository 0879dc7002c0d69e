import { expect, test } from "vitest";
import type { Epic } from "../../model/schemas.js";
import { runRule } from "../test-roadmap.js";
import { unscheduled } from "./unscheduled.js";

const cases: { name: string; epic: Partial<Epic>; expected: string[] }[] = [
  { name: "an epic in no milestone", epic: {}, expected: ["epics/e.yaml:title"] },
  { name: "an epic in a milestone", epic: { milestone: "m" }, expected: [] },
  { name: "a dropped unscheduled epic", epic: { status: "dropped" }, expected: [] },
  {
    name: "own dates without a milestone still unscheduled",
    epic: { start: "2026-01-01", end: "2026-02-01" },
    expected: ["epics/e.yaml:title"],
  },
];

test.each(cases)("$name", ({ epic, expected }) => {
  expect(runRule(unscheduled, { milestones: { m: {} }, epics: { e: epic } })).toEqual(expected);
});

test("is off by default", () => {
  expect(unscheduled.defaultSeverity).toBe("off");
});
