import { describe, expect, test } from "vitest";
import { buildRoadmap, type Located, type Roadmap } from "../model/roadmap.js";
import type { Epic, Milestone, Theme } from "../model/schemas.js";
import { filterRoadmap, type RoadmapFilter } from "./filter.js";

const located = <T>(id: string, data: T): Located<T> => ({ id, file: `${id}.yaml`, data });
const theme = (id: string): Located<Theme> => located(id, { title: id, status: "active" });
const milestone = (id: string, start: string, end: string, themeId?: string): Located<Milestone> =>
  located(id, { title: id, start, end, theme: themeId });
const epic = (id: string, data: Partial<Epic> & { theme: string }): Located<Epic> =>
  located(id, { title: id, status: "proposed", ...data });

const roadmap: Roadmap = buildRoadmap({
  mission: located("mission", { name: "Acme", mission: "m", horizon_months: 6, fiscal_year_start: 1 }),
  themes: [theme("growth"), theme("platform"), theme("empty")],
  milestones: [
    milestone("q1", "2026-01-01", "2026-03-31"),
    milestone("q2", "2026-04-01", "2026-06-30", "platform"),
    milestone("q3", "2026-07-01", "2026-09-30"),
  ],
  epics: [
    epic("sso", { theme: "growth", milestone: "q1", status: "done", owner: "Ana" }),
    epic("billing", { theme: "growth", milestone: "q2", status: "in-progress", owner: "Bo" }),
    // Its own dates reach into Q3 although its milestone is Q2.
    epic("late", {
      theme: "platform",
      milestone: "q2",
      status: "planned",
      start: "2026-06-01",
      end: "2026-07-15",
    }),
    epic("idea", { theme: "platform", status: "proposed", owner: "ana" }),
    epic("dated", { theme: "platform", status: "planned", start: "2026-08-01", end: "2026-08-31" }),
    epic("story-owned", {
      theme: "growth",
      status: "dropped",
      stories: [{ id: "s1", title: "t", status: "todo", owner: "ANA" }],
    }),
  ],
});

const ids = (items: { id: string }[]): string[] => items.map((item) => item.id);
const Q3 = { id: "2026-Q3", start: "2026-07-01", end: "2026-09-30" };

const cases: [string, RoadmapFilter, { themes: string[]; milestones: string[]; epics: string[] }][] = [
  [
    "no filter keeps everything",
    {},
    {
      themes: ["empty", "growth", "platform"],
      milestones: ["q1", "q2", "q3"],
      epics: ["billing", "dated", "idea", "late", "sso", "story-owned"],
    },
  ],
  [
    "theme keeps the theme, its epics and the milestones holding them or scoped to it",
    { theme: "platform" },
    { themes: ["platform"], milestones: ["q2"], epics: ["dated", "idea", "late"] },
  ],
  ["a named empty theme stays", { theme: "empty" }, { themes: ["empty"], milestones: [], epics: [] }],
  [
    "quarter uses the epic's own dates first and drops unscheduled epics; empty overlapping milestones stay",
    { quarter: Q3 },
    { themes: ["platform"], milestones: ["q2", "q3"], epics: ["late"] },
  ],
  [
    "milestone",
    { milestone: "q2" },
    { themes: ["growth", "platform"], milestones: ["q2"], epics: ["billing", "late"] },
  ],
  [
    "statuses keep only milestones with a matching epic",
    { statuses: ["done", "planned"] },
    { themes: ["growth", "platform"], milestones: ["q1", "q2"], epics: ["dated", "late", "sso"] },
  ],
  [
    "owner matches the epic's or a story's owner in any case",
    { owners: ["ana"] },
    { themes: ["growth", "platform"], milestones: ["q1"], epics: ["idea", "sso", "story-owned"] },
  ],
  [
    "filters combine",
    {
      theme: "growth",
      statuses: ["in-progress"],
      quarter: { id: "2026-Q2", start: "2026-04-01", end: "2026-06-30" },
    },
    { themes: ["growth"], milestones: ["q2"], epics: ["billing"] },
  ],
  ["nothing matches", { statuses: ["done"], milestone: "q3" }, { themes: [], milestones: [], epics: [] }],
];

describe("filterRoadmap", () => {
  test.each(cases)("%s", (_name, filter, expected) => {
    const result = filterRoadmap(roadmap, filter);
    expect({
      themes: ids(result.themes),
      milestones: ids(result.milestones),
      epics: ids(result.epics),
    }).toEqual(expected);
    expect([...result.epicById.keys()].sort()).toEqual(expected.epics);
    expect(result.mission).toBe(roadmap.mission);
  });
});
