import { expect, test } from "vitest";
import { buildRoadmap, type Located } from "../model/roadmap.js";
import type { Epic } from "../model/schemas.js";
import { checkContinuesCycles } from "./continues-cycles.js";

function roadmapOf(links: Record<string, string | undefined>) {
  const epics: Located<Epic>[] = Object.entries(links).map(([id, continues]) => ({
    id,
    file: `epics/${id}.yaml`,
    data: { title: id, theme: "t", status: "planned", ...(continues ? { continues } : {}) },
  }));
  return buildRoadmap({ epics });
}

const messages = (links: Record<string, string | undefined>) =>
  checkContinuesCycles(roadmapOf(links)).map((finding) => `${finding.file}: ${finding.message}`);

test("chains that end are fine, whatever they lead to (a missing id is unknown-reference's business)", () => {
  expect(messages({ a: undefined, b: "a", c: "b", d: "missing" })).toEqual([]);
});

test("each loop is reported once, from its first id, whichever epic the walk starts at", () => {
  expect(messages({ z: "y", y: "x", x: "z", w: "x", self: "self" })).toEqual([
    "epics/self.yaml: continues cycle: self -> self",
    "epics/x.yaml: continues cycle: x -> z -> y -> x",
  ]);
});

test("a chain of 10,000 epics is walked without recursion", () => {
  const links: Record<string, string | undefined> = { e0: "e9999" };
  for (let i = 1; i < 10_000; i++) links[`e${i}`] = `e${i - 1}`;
  const [finding] = checkContinuesCycles(roadmapOf(links));
  expect(finding?.path).toEqual(["continues"]);
  expect(finding?.message.startsWith("continues cycle: e0 -> e9999 -> e9998")).toBe(true);
});
