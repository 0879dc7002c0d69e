import { expect, test } from "vitest";
import type { EpicStatus } from "../../model/schemas.js";
import { makeStory, runRule } from "../test-roadmap.js";
import { epicWithoutStories } from "./epic-without-stories.js";

const cases: { status: EpicStatus; stories?: "none" | "empty" | "one"; expected: string[] }[] = [
  { status: "planned", expected: ["epics/e.yaml:status"] },
  { status: "in-progress", expected: ["epics/e.yaml:status"] },
  { status: "planned", stories: "empty", expected: ["epics/e.yaml:status"] },
  { status: "planned", stories: "one", expected: [] },
  { status: "proposed", expected: [] },
  { status: "done", expected: [] },
  { status: "dropped", expected: [] },
];

test.each(cases)("a $status epic, stories: $stories", ({ status, stories, expected }) => {
  const list = stories === "one" ? [makeStory("s")] : stories === "empty" ? [] : undefined;
  expect(runRule(epicWithoutStories, { epics: { e: { status, stories: list } } })).toEqual(expected);
});
