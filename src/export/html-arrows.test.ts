import { expect, test } from "vitest";
import { makeRoadmap } from "../lint/test-roadmap.js";
import { dependencyLinks } from "../model/dependencies.js";
import { type ArrowRow, drawArrows } from "./html-arrows.js";

const roadmap = makeRoadmap({
  milestones: { q1: {}, q2: { start: "2026-04-01", end: "2026-06-30" } },
  epics: {
    a: { milestone: "q1" },
    b: { milestone: "q2", depends_on: ["a"] },
    c: { milestone: "q1", depends_on: ["b"] },
  },
});
const links = dependencyLinks(roadmap);
const epic = (id: string, left: number, right: number): ArrowRow => ({ kind: "epic", id, left, right });

test("down from the end of the dependency's bar, through the rows between, into the waiting bar from the left", () => {
  const rows = [
    epic("a", 0, 25),
    { kind: "milestone", id: "b", left: 0, right: 90 } as ArrowRow,
    epic("b", 50, 75),
  ];
  const pieces = drawArrows(
    rows,
    links.filter((link) => link.epic.id === "b"),
  );
  expect(pieces.get(0)).toEqual(['<line class="dep-line" x1="25%" y1="80%" x2="25%" y2="100%"/>']);
  // A milestone row that shares an epic's id is crossed, never taken for the epic.
  expect(pieces.get(1)).toEqual(['<line class="dep-line" x1="25%" y1="0%" x2="25%" y2="100%"/>']);
  expect(pieces.get(2)).toEqual([
    '<line class="dep-line" x1="25%" y1="0%" x2="25%" y2="50%"/>',
    '<line class="dep" data-from="a" data-to="b" marker-end="url(#dep-arrow)" x1="25%" y1="50%" x2="50%" y2="50%"/>',
  ]);
});

test("up into an overlapping bar from below, red where the order is broken", () => {
  // c (q1) waits on b (q2): c is drawn above b and ends first.
  const rows = [epic("c", 0, 25), epic("b", 50, 75)];
  const pieces = drawArrows(
    rows,
    links.filter((link) => link.epic.id === "c"),
  );
  expect(pieces.get(1)).toEqual(['<line class="dep-line broken" x1="75%" y1="20%" x2="75%" y2="0%"/>']);
  expect(pieces.get(0)).toEqual([
    '<line class="dep broken" data-from="b" data-to="c" marker-end="url(#dep-arrow-broken)" x1="75%" y1="100%" x2="75%" y2="80%"/>',
  ]);
});

test("no arrow where either epic has no bar on the timeline", () => {
  const rows = [epic("a", 0, 25), { kind: "epic", id: "b", left: undefined, right: undefined } as ArrowRow];
  expect(drawArrows(rows, links).size).toBe(0);
});
