import { expect, test } from "vitest";
import type { Epic, Team } from "../../model/schemas.js";
import { makeRoadmap, makeStory, runRule } from "../test-roadmap.js";
import { teamOvercommitted } from "./team-overcommitted.js";

const story = (id: string, points: number, team?: string) => makeStory(id, { points, team });

const cases: {
  name: string;
  teams: Record<string, Partial<Team>>;
  epics: Record<string, Partial<Epic>>;
  expected: string[];
}[] = [
  {
    name: "exactly at the milestone's capacity passes",
    teams: { web: { capacity: { m: 8 } } },
    epics: { a: { milestone: "m", stories: [story("s", 3, "web"), story("t", 5, "web")] } },
    expected: [],
  },
  {
    name: "one point over the capacity named for the milestone",
    teams: { web: { capacity: { m: 8, default: 100 } } },
    epics: { a: { milestone: "m", stories: [story("s", 4, "web"), story("t", 5, "web")] } },
    expected: ["teams/web.yaml:capacity.m"],
  },
  {
    name: "default applies to milestones not named",
    teams: { web: { capacity: { default: 3 } } },
    epics: { a: { milestone: "m", stories: [story("s", 4, "web")] } },
    expected: ["teams/web.yaml:capacity.default"],
  },
  {
    name: "a story without team counts for its epic's only team",
    teams: { web: { capacity: { m: 3 } } },
    epics: { a: { milestone: "m", teams: ["web"], stories: [story("s", 4)] } },
    expected: ["teams/web.yaml:capacity.m"],
  },
  {
    name: "with several teams on the epic, a story without team counts for none",
    teams: { web: { capacity: { m: 3 } }, api: { capacity: { m: 3 } } },
    epics: { a: { milestone: "m", teams: ["web", "api"], stories: [story("s", 4)] } },
    expected: [],
  },
  {
    name: "another team's stories do not count",
    teams: { web: { capacity: { m: 3 } } },
    epics: { a: { milestone: "m", teams: ["web"], stories: [story("s", 4, "api"), story("t", 3)] } },
    expected: [],
  },
  {
    name: "dropped epics and other milestones do not count",
    teams: { web: { capacity: { m: 3 } } },
    epics: {
      a: { milestone: "m", status: "dropped", stories: [story("s", 4, "web")] },
      b: { milestone: "other", stories: [story("s", 4, "web")] },
    },
    expected: [],
  },
  {
    name: "no capacity, no check",
    teams: { web: {} },
    epics: { a: { milestone: "m", stories: [story("s", 40, "web")] } },
    expected: [],
  },
];

test.each(cases)("$name", ({ teams, epics, expected }) => {
  expect(runRule(teamOvercommitted, { milestones: { m: {}, other: {} }, teams, epics })).toEqual(expected);
});

test("the message names the team, milestone, points, capacity and epics", () => {
  const roadmap = makeRoadmap({
    milestones: { m: {} },
    teams: { web: { capacity: { m: 5 } } },
    epics: {
      b: { milestone: "m", stories: [story("s", 4, "web")] },
      a: { milestone: "m", stories: [story("s", 2, "web")] },
    },
  });
  const [finding] = teamOvercommitted.check(roadmap, { today: "2026-01-01", options: {} });
  expect(finding?.message).toBe(
    'team "web" holds 6 points of stories in milestone "m", over its capacity there of 5 (epics: a, b)',
  );
});
