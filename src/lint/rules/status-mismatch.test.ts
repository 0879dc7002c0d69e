import { expect, test } from "vitest";
import type { EpicStatus, StoryStatus } from "../../model/schemas.js";
import { makeRoadmap, makeStory, runRule } from "../test-roadmap.js";
import { statusMismatch } from "./status-mismatch.js";

const cases: { epic: EpicStatus; stories: StoryStatus[]; expected: string[] }[] = [
  { epic: "done", stories: ["done", "todo"], expected: ["epics/e.yaml:status"] },
  { epic: "done", stories: ["done", "in-progress", "todo"], expected: ["epics/e.yaml:status"] },
  { epic: "done", stories: ["done"], expected: [] },
  { epic: "done", stories: [], expected: [] },
  { epic: "proposed", stories: ["todo", "in-progress"], expected: ["epics/e.yaml:stories.1.status"] },
  {
    epic: "planned",
    stories: ["in-progress", "in-progress"],
    expected: ["epics/e.yaml:stories.0.status", "epics/e.yaml:stories.1.status"],
  },
  { epic: "planned", stories: ["todo", "done"], expected: [] },
  { epic: "in-progress", stories: ["in-progress", "todo"], expected: [] },
  { epic: "dropped", stories: ["todo", "in-progress"], expected: ["epics/e.yaml:stories.1.status"] },
  { epic: "dropped", stories: ["todo", "done"], expected: [] },
];

test.each(cases)("a $epic epic with stories $stories", ({ epic, stories, expected }) => {
  const epics = { e: { status: epic, stories: stories.map((status, i) => makeStory(`s${i}`, { status })) } };
  expect(runRule(statusMismatch, { epics })).toEqual(expected);
});

test("the message names the stories that are not done", () => {
  const epics = {
    e: {
      status: "done" as const,
      stories: [makeStory("a"), makeStory("b", { status: "done" }), makeStory("c")],
    },
  };
  const [finding] = statusMismatch.check(makeRoadmap({ epics }), { today: "2026-01-01", options: {} });
  expect(finding?.message).toBe('epic "e" is done but stories "a", "c" are not');
});
