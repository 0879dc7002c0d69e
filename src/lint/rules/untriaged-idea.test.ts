import { expect, test } from "vitest";
import type { Idea } from "../../model/schemas.js";
import { makeRoadmap, runRule } from "../test-roadmap.js";
import { untriagedIdea } from "./untriaged-idea.js";

const cases: { name: string; idea: Partial<Idea>; options?: object; expected: string[] }[] = [
  { name: "new, 15 days old", idea: { submitted: "2026-05-17" }, expected: ["ideas/i.yaml:submitted"] },
  { name: "new, exactly 14 days old", idea: { submitted: "2026-05-18" }, expected: [] },
  { name: "new, submitted today", idea: { submitted: "2026-06-01" }, expected: [] },
  { name: "new, no submitted date", idea: {}, expected: [] },
  { name: "triaged long ago", idea: { status: "triaged", submitted: "2025-01-01" }, expected: [] },
  { name: "declined long ago", idea: { status: "declined", submitted: "2025-01-01" }, expected: [] },
  {
    name: "max_days 30 lets a 20-day-old idea wait",
    idea: { submitted: "2026-05-12" },
    options: { max_days: 30 },
    expected: [],
  },
  {
    name: "max_days 0 flags yesterday's idea",
    idea: { submitted: "2026-05-31" },
    options: { max_days: 0 },
    expected: ["ideas/i.yaml:submitted"],
  },
];

test.each(cases)("$name", ({ idea, options, expected }) => {
  expect(runRule(untriagedIdea, { ideas: { i: idea } }, { today: "2026-06-01", options })).toEqual(expected);
});

test("says how long the idea waited", () => {
  const roadmap = makeRoadmap({ ideas: { i: { submitted: "2026-05-01" } } });
  const findings = untriagedIdea.check(roadmap, { today: "2026-06-01", options: {} });
  expect(findings.map((finding) => finding.message)).toEqual([
    'idea "i" has waited 31 days since 2026-05-01 without triage (more than 14); set status: triaged, declined or promoted',
  ]);
});
