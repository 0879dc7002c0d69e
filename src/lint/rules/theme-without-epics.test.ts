import { expect, test } from "vitest";
import { runRule, type TestRoadmapParts } from "../test-roadmap.js";
import { themeWithoutEpics } from "./theme-without-epics.js";

const cases: { name: string; parts: TestRoadmapParts; expected: string[] }[] = [
  { name: "an active theme with no epic", parts: { themes: { t: {} } }, expected: ["themes/t.yaml:title"] },
  { name: "a theme with an epic", parts: { themes: { t: {} }, epics: { e: { theme: "t" } } }, expected: [] },
  {
    name: "a theme whose only epic is dropped",
    parts: { themes: { t: {} }, epics: { e: { theme: "t", status: "dropped" } } },
    expected: ["themes/t.yaml:title"],
  },
  { name: "a paused theme", parts: { themes: { t: { status: "paused" } } }, expected: [] },
  { name: "a retired theme", parts: { themes: { t: { status: "retired" } } }, expected: [] },
];

test.each(cases)("$name", ({ parts, expected }) => {
  expect(runRule(themeWithoutEpics, parts)).toEqual(expected);
});
