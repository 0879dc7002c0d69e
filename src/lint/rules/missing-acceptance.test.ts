import { expect, test } from "vitest";
import type { EpicStatus, Story } from "../../model/schemas.js";
import { makeStory, runRule } from "../test-roadmap.js";
import { missingAcceptance } from "./missing-acceptance.js";

const cases: { epic: EpicStatus; story: Partial<Story>; flagged: boolean }[] = [
  { epic: "planned", story: {}, flagged: true },
  { epic: "in-progress", story: { status: "in-progress" }, flagged: true },
  { epic: "planned", story: { acceptance: [] }, flagged: true },
  { epic: "planned", story: { acceptance: ["works"] }, flagged: false },
  { epic: "in-progress", story: { status: "done" }, flagged: false },
  { epic: "proposed", story: {}, flagged: false },
  { epic: "done", story: {}, flagged: false },
  { epic: "dropped", story: {}, flagged: false },
];

test.each(cases)("a $epic epic, story $story", ({ epic, story, flagged }) => {
  const epics = {
    e: { status: epic, stories: [makeStory("s", { acceptance: ["ok"] }), makeStory("t", story)] },
  };
  expect(runRule(missingAcceptance, { epics })).toEqual(flagged ? ["epics/e.yaml:stories.1"] : []);
});

test.each([
  [undefined, ["epics/e.yaml:stories.0", "epics/e.yaml:stories.1"]],
  [{ kinds: ["story"] }, ["epics/e.yaml:stories.0"]],
  [{ kinds: ["task"] }, ["epics/e.yaml:stories.1"]],
  [{ kinds: [] }, []],
])("tasks are checked by default; the kinds option %j picks the kinds checked", (options, expected) => {
  const epics = {
    e: { status: "planned" as const, stories: [makeStory("s"), makeStory("t", { kind: "task" })] },
  };
  expect(runRule(missingAcceptance, { epics }, { options })).toEqual(expected);
});
