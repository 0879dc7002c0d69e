import { expect, test } from "vitest";
import type { Epic } from "../../model/schemas.js";
import { runRule } from "../test-roadmap.js";
import { milestoneThemeMismatch } from "./milestone-theme-mismatch.js";

const milestones = { growth: { theme: "growth" }, shared: {} };

const cases: { name: string; epic: Partial<Epic>; expected: string[] }[] = [
  {
    name: "another theme's milestone",
    epic: { theme: "platform", milestone: "growth" },
    expected: ["epics/e.yaml:milestone"],
  },
  { name: "its own theme's milestone", epic: { theme: "growth", milestone: "growth" }, expected: [] },
  { name: "a cross-cutting milestone", epic: { theme: "platform", milestone: "shared" }, expected: [] },
  { name: "unscheduled", epic: { theme: "platform" }, expected: [] },
  {
    name: "a dropped epic",
    epic: { theme: "platform", milestone: "growth", status: "dropped" },
    expected: [],
  },
  {
    name: "an unknown milestone (validation reports it)",
    epic: { theme: "platform", milestone: "nope" },
    expected: [],
  },
];

test.each(cases)("$name", ({ epic, expected }) => {
  expect(runRule(milestoneThemeMismatch, { milestones, epics: { e: epic } })).toEqual(expected);
});
