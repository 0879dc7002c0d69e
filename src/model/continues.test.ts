import { expect, test } from "vitest";
import { continuedBy, continuesChain } from "./continues.js";
import { buildRoadmap } from "./roadmap.js";

const roadmap = buildRoadmap({
  epics: Object.entries({
    c: "b",
    b: "a",
    a: undefined,
    loop1: "loop2",
    loop2: "loop1",
    lost: "gone",
    d: "b",
  }).map(([id, continues]) => ({
    id,
    file: `epics/${id}.yaml`,
    data: { title: id, theme: "t", status: "planned" as const, ...(continues ? { continues } : {}) },
  })),
});

test.each([
  ["c", ["b", "a"]],
  ["a", []],
  ["loop1", ["loop2"]],
  // A missing epic is still named: its history may be in the log.
  ["lost", ["gone"]],
  ["unknown", []],
])("continuesChain(%s) = %j", (id, chain) => {
  expect(continuesChain(roadmap, id)).toEqual(chain);
});

test("continuedBy lists the epics that continue one, by id", () => {
  expect(continuedBy(roadmap, "b")).toEqual(["c", "d"]);
  expect(continuedBy(roadmap, "c")).toEqual([]);
});
