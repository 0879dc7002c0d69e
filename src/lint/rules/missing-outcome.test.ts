import { expect, test } from "vitest";
import type { Epic } from "../../model/schemas.js";
import { runRule } from "../test-roadmap.js";
import { missingOutcome } from "./missing-outcome.js";

const cases: { name: string; epic: Partial<Epic>; expected: string[] }[] = [
  { name: "done, no outcome", epic: { status: "done" }, expected: ["epics/e.yaml:status"] },
  {
    name: "done, outcome without actual",
    epic: { status: "done", outcome: { metric: "m", target: 5 } },
    expected: ["epics/e.yaml:outcome"],
  },
  {
    name: "done, outcome with actual",
    epic: { status: "done", outcome: { metric: "m", target: 5, actual: 4 } },
    expected: [],
  },
  {
    name: "done, actual 0 is a value",
    epic: { status: "done", outcome: { metric: "m", target: 5, actual: 0 } },
    expected: [],
  },
  { name: "in progress, no outcome", epic: { status: "in-progress" }, expected: [] },
  { name: "dropped, no outcome", epic: { status: "dropped" }, expected: [] },
];

test.each(cases)("$name", ({ epic, expected }) => {
  expect(runRule(missingOutcome, { epics: { e: epic } })).toEqual(expected);
});
