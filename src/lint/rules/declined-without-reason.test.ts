import { expect, test } from "vitest";
import type { Idea } from "../../model/schemas.js";
import { runRule } from "../test-roadmap.js";
import { declinedWithoutReason } from "./declined-without-reason.js";

const cases: { name: string; idea: Partial<Idea>; expected: string[] }[] = [
  { name: "declined, no decision", idea: { status: "declined" }, expected: ["ideas/i.yaml:status"] },
  {
    name: "declined, blank decision",
    idea: { status: "declined", decision: "  " },
    expected: ["ideas/i.yaml:status"],
  },
  {
    name: "declined with a reason",
    idea: { status: "declined", decision: "Out of scope this year" },
    expected: [],
  },
  { name: "new, no decision", idea: { status: "new" }, expected: [] },
  { name: "triaged, no decision", idea: { status: "triaged" }, expected: [] },
];

test.each(cases)("$name", ({ idea, expected }) => {
  expect(runRule(declinedWithoutReason, { ideas: { i: idea } })).toEqual(expected);
});
