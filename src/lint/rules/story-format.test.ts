import { expect, test } from "vitest";
import { makeStory, runRule } from "../test-roadmap.js";
import { storyFormat } from "./story-format.js";

const cases: { title: string; options?: unknown; ok: boolean }[] = [
  { title: "As a user, I want to sign in with SSO so that I need no new password", ok: true },
  { title: "As an admin, I want audit logs, so that I can investigate incidents", ok: true },
  { title: "as a buyer i want invoices so that accounting is happy", ok: true },
  { title: "As a cluster operator I want X so that Y", ok: true },
  { title: "Add SSO", ok: false },
  { title: "As a user, I want SSO", ok: false },
  { title: "I want SSO so that I can sign in", ok: false },
  { title: "As a, I want so that", ok: false },
  { title: "Add SSO", options: { pattern: "^(Add|Fix) " }, ok: true },
  { title: "As a user, I want SSO so that it works", options: { pattern: "^(Add|Fix) " }, ok: false },
];

test.each(cases)("$title ($options)", ({ title, options, ok }) => {
  const epics = { e: { stories: [makeStory("a", { title })] } };
  expect(runRule(storyFormat, { epics }, { options })).toEqual(ok ? [] : ["epics/e.yaml:stories.0.title"]);
});

test("points at the story that is off", () => {
  const epics = { e: { stories: [makeStory("a"), makeStory("b", { title: "Add SSO" }), makeStory("c")] } };
  expect(runRule(storyFormat, { epics })).toEqual(["epics/e.yaml:stories.1.title"]);
});

test("stories of dropped epics are not checked", () => {
  const epics = { e: { status: "dropped" as const, stories: [makeStory("a", { title: "Add SSO" })] } };
  expect(runRule(storyFormat, { epics })).toEqual([]);
});

test("a pattern that is not a regular expression is refused by the options schema", () => {
  expect(storyFormat.options["~standard"].validate({ pattern: "(" })).toMatchObject({
    issues: [{ message: "must be a valid regular expression" }],
  });
});

test("a task (kind: task) is exempt; kind: story is checked like a story without kind", () => {
  const epics = {
    e: {
      stories: [
        makeStory("a", { title: "RFC decision", kind: "task" }),
        makeStory("b", { title: "Stabilize", kind: "story" }),
      ],
    },
  };
  expect(runRule(storyFormat, { epics })).toEqual(["epics/e.yaml:stories.1.title"]);
});
