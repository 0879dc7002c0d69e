import { expect, test } from "vitest";
import { makeRoadmap } from "../lint/test-roadmap.js";
import { dependencyLinks, indexDependencies, isUnmet, linksOf } from "./dependencies.js";

const roadmap = makeRoadmap({
  milestones: {
    q1: { start: "2026-01-01", end: "2026-03-31" },
    q2: { start: "2026-04-01", end: "2026-06-30" },
  },
  epics: {
    // Waits on c (q2) while due in q1: broken. Waits on "gone", which does not exist.
    a: { milestone: "q1", depends_on: ["gone", "c", "b"] },
    b: { milestone: "q1", status: "done" },
    c: { milestone: "q2", status: "in-progress" },
    d: { milestone: "q2", depends_on: ["a"], status: "dropped" },
    e: { depends_on: ["c"] },
  },
});
const describeLink = (link: ReturnType<typeof dependencyLinks>[number]): string =>
  `${link.epic.id}->${link.dependency.id}#${link.index}${link.broken ? " broken" : ""}${isUnmet(link) ? " unmet" : ""}`;

test("every link to a known epic, by waiting epic then depends_on order, broken as the rule says", () => {
  expect(dependencyLinks(roadmap).map(describeLink)).toEqual([
    "a->c#1 broken unmet",
    "a->b#2",
    "d->a#0",
    "e->c#0 unmet",
  ]);
});

test("one epic's links and the links of the epics that wait on it", () => {
  expect(linksOf(roadmap.epicById.get("a")!, roadmap).map(describeLink)).toEqual([
    "a->c#1 broken unmet",
    "a->b#2",
  ]);
  const index = indexDependencies(roadmap);
  expect(index.waitsOn("a")).toEqual(linksOf(roadmap.epicById.get("a")!, roadmap));
  expect(index.waitsOn("nobody")).toEqual([]);
  expect(index.waitedOnBy("c").map(describeLink)).toEqual(["a->c#1 broken unmet", "e->c#0 unmet"]);
});
