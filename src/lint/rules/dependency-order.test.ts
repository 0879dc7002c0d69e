import { expect, test } from "vitest";
import type { Epic } from "../../model/schemas.js";
import { runRule } from "../test-roadmap.js";
import { dependencyOrder } from "./dependency-order.js";

const milestones = {
  q1: { start: "2026-01-01", end: "2026-03-31" },
  q2: { start: "2026-04-01", end: "2026-06-30" },
};

const cases: { name: string; a: Partial<Epic>; b: Partial<Epic>; expected: string[] }[] = [
  {
    name: "a in q1 depends on b in q2",
    a: { milestone: "q1" },
    b: { milestone: "q2" },
    expected: ["epics/a.yaml:depends_on.0"],
  },
  { name: "a in q2 depends on b in q1", a: { milestone: "q2" }, b: { milestone: "q1" }, expected: [] },
  { name: "same milestone (equal ends)", a: { milestone: "q1" }, b: { milestone: "q1" }, expected: [] },
  {
    name: "own dates win over the milestone's",
    a: { milestone: "q1", end: "2026-02-01" },
    b: { milestone: "q1", end: "2026-03-01" },
    expected: ["epics/a.yaml:depends_on.0"],
  },
  {
    name: "own end without a milestone",
    a: { end: "2026-05-01" },
    b: { milestone: "q2" },
    expected: ["epics/a.yaml:depends_on.0"],
  },
  { name: "the dependent is unscheduled", a: {}, b: { milestone: "q2" }, expected: [] },
  { name: "the dependency is unscheduled", a: { milestone: "q1" }, b: {}, expected: [] },
  {
    name: "the dependency is dropped",
    a: { milestone: "q1" },
    b: { milestone: "q2", status: "dropped" },
    expected: [],
  },
  {
    name: "the dependent is dropped",
    a: { milestone: "q1", status: "dropped" },
    b: { milestone: "q2" },
    expected: [],
  },
  {
    name: "an unknown milestone counts as unscheduled",
    a: { milestone: "nope" },
    b: { milestone: "q2" },
    expected: [],
  },
];

test.each(cases)("$name", ({ a, b, expected }) => {
  const epics = { a: { ...a, depends_on: ["b"] }, b };
  expect(runRule(dependencyOrder, { milestones, epics })).toEqual(expected);
});

test("points at the right depends_on entry; unknown ids are validation's business", () => {
  const epics = {
    a: { milestone: "q1", depends_on: ["missing", "c", "b"] },
    b: { milestone: "q2" },
    c: { milestone: "q1" },
  };
  expect(runRule(dependencyOrder, { milestones, epics })).toEqual(["epics/a.yaml:depends_on.2"]);
});
