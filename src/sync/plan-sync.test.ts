import { describe, expect, test } from "vitest";
import { makeRoadmap, makeStory } from "../lint/test-roadmap.js";
import type { EpicStatus, StoryStatus } from "../model/schemas.js";
import type { TrackerIssue } from "./issue-list.js";
import { planSync } from "./plan-sync.js";

let numbers = 0;
function issue(marker: string | undefined, state: "open" | "closed", assigned?: boolean): TrackerIssue {
  const body = marker === undefined ? "no marker here" : `text\n<!-- roadmap:${marker} -->`;
  return { number: ++numbers, title: `issue ${numbers}`, state, body, assigned };
}

/** The status sync gives one story (in an epic with that status), or "kept". */
function storyAfter(story: StoryStatus, tracked: TrackerIssue, epic: EpicStatus = "in-progress"): string {
  const roadmap = makeRoadmap({
    epics: { e: { status: epic, stories: [makeStory("s", { status: story })] } },
  });
  const update = planSync([tracked], roadmap).updates.find((candidate) => candidate.kind === "story");
  return update?.to ?? "kept";
}

describe("a story's status from its issue", () => {
  test.each([
    ["todo", "closed", true, "done"],
    ["in-progress", "closed", false, "done"],
    ["done", "closed", false, "kept"],
    ["todo", "open", true, "in-progress"],
    ["done", "open", true, "in-progress"],
    ["todo", "open", false, "kept"],
    ["in-progress", "open", false, "kept"],
    ["done", "open", false, "todo"],
    ["in-progress", "open", undefined, "kept"],
    ["done", "open", undefined, "todo"],
  ] as const)("%s, issue %s (assigned: %s) -> %s", (story, state, assigned, expected) => {
    expect(storyAfter(story, issue("e/s", state, assigned))).toBe(expected);
  });
});

describe("an epic's status", () => {
  const epicAfter = (status: EpicStatus, tracked: TrackerIssue[], stories = [makeStory("s")]) => {
    const roadmap = makeRoadmap({ epics: { e: { status, stories } } });
    return planSync(tracked, roadmap).updates.find((update) => update.kind === "epic")?.to ?? "kept";
  };

  test.each([
    ["planned", "closed", false, "done"],
    ["proposed", "open", true, "in-progress"],
    ["done", "open", false, "planned"],
    ["in-progress", "open", false, "kept"],
    ["dropped", "closed", false, "kept"],
    ["dropped", "open", true, "kept"],
  ] as const)("%s, its own issue %s (assigned: %s) -> %s", (status, state, assigned, expected) => {
    expect(epicAfter(status, [issue("e", state, assigned)])).toBe(expected);
  });

  test("a planned epic starts when one of its stories is started or finished", () => {
    expect(epicAfter("planned", [issue("e/s", "open", true)])).toBe("in-progress");
    expect(epicAfter("proposed", [issue("e/s", "closed")])).toBe("in-progress");
    expect(epicAfter("planned", [issue("e/s", "open", false)])).toBe("kept");
    expect(epicAfter("done", [issue("e/s", "open", true)])).toBe("kept");
  });

  test("its own issue wins over its stories", () => {
    expect(epicAfter("planned", [issue("e/s", "open", true), issue("e", "open", false)])).toBe("kept");
  });
});

test("issues that cannot be matched are reported, not guessed", () => {
  const roadmap = makeRoadmap({ epics: { e: { stories: [makeStory("s")] }, f: {} } });
  const issues = [
    issue(undefined, "closed"),
    issue("e/nope", "closed"),
    issue("gone", "closed"),
    issue("E/S", "closed"),
    { ...issue("e/s", "closed"), body: "<!-- roadmap:e/s --> <!-- roadmap:f -->" },
    issue("f", "closed"),
    issue("f", "open", true),
  ];
  const plan = planSync(issues, roadmap);
  expect(plan.updates).toEqual([]);
  expect(plan.unmatched.map((miss) => [miss.reason, miss.markers])).toEqual([
    ["no-marker", []],
    ["unknown-marker", ["e/nope"]],
    ["unknown-marker", ["gone"]],
    ["unknown-marker", ["E/S"]],
    ["several-markers", ["e/s", "f"]],
    ["shared-marker", ["f"]],
    ["shared-marker", ["f"]],
  ]);
});

test("the same marker twice in one body is one marker", () => {
  const roadmap = makeRoadmap({ epics: { e: { stories: [makeStory("s")] } } });
  const twice = { ...issue("e/s", "closed"), body: "<!-- roadmap:e/s -->\n<!-- roadmap:e/s -->" };
  expect(planSync([twice], roadmap).updates).toEqual([
    { kind: "story", id: "e/s", to: "done", issue: twice.number },
    { kind: "epic", id: "e", to: "in-progress", issue: undefined },
  ]);
});
