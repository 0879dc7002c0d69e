import { expect, test } from "vitest";
import { runRule, type TestRoadmapParts } from "../test-roadmap.js";
import { publicUnderInternal } from "./public-under-internal.js";

const cases: { name: string; parts: TestRoadmapParts; expected: string[] }[] = [
  {
    name: "an epic marked public in an internal theme (the default)",
    parts: { themes: { t: {} }, epics: { e: { theme: "t", visibility: "public" } } },
    expected: ["epics/e.yaml:visibility"],
  },
  {
    name: "an epic marked public in an internal milestone of a public theme",
    parts: {
      themes: { t: { visibility: "public" } },
      milestones: { m: { visibility: "internal" } },
      epics: { e: { theme: "t", milestone: "m", visibility: "public" } },
    },
    expected: ["epics/e.yaml:visibility"],
  },
  {
    name: "a milestone marked public scoped to an internal theme",
    parts: {
      themes: { t: { visibility: "internal" } },
      milestones: { m: { theme: "t", visibility: "public" } },
    },
    expected: ["milestones/m.yaml:visibility"],
  },
  {
    name: "public all the way up",
    parts: {
      themes: { t: { visibility: "public" } },
      milestones: { m: { theme: "t", visibility: "public" } },
      epics: { e: { theme: "t", milestone: "m", visibility: "public" } },
    },
    expected: [],
  },
  {
    name: "public through default_visibility, not marked: nothing was asked for",
    parts: {
      mission: { default_visibility: "public" },
      themes: { t: { visibility: "internal" } },
      epics: { e: { theme: "t" } },
    },
    expected: [],
  },
  {
    name: "an internal epic in an internal theme",
    parts: { themes: { t: {} }, epics: { e: { theme: "t", visibility: "internal" } } },
    expected: [],
  },
  {
    name: "an unknown theme (validation reports it)",
    parts: { epics: { e: { theme: "gone", visibility: "public" } } },
    expected: [],
  },
];

test.each(cases)("$name", ({ parts, expected }) => {
  expect(runRule(publicUnderInternal, parts)).toEqual(expected);
});
