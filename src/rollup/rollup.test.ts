import { describe, expect, test } from "vitest";
import { buildRoadmap } from "../model/roadmap.js";
import type { Epic } from "../model/schemas.js";
import { epicProgress, groupProgress, rollupRoadmap } from "./rollup.js";

const epic = (over: Partial<Epic>): Epic => ({ title: "E", theme: "t", status: "planned", ...over });

describe("epicProgress", () => {
  test("done points over all points", () => {
    const p = epicProgress(
      epic({
        stories: [
          { id: "a", title: "a", points: 3, status: "done" },
          { id: "b", title: "b", points: 1, status: "todo" },
          { id: "c", title: "c", status: "done" },
        ],
      }),
    );
    expect(p).toEqual({ stories: { done: 2, total: 3 }, points: { done: 3, total: 4 }, progress: 0.75 });
  });
  test("stories when no points", () => {
    const p = epicProgress(
      epic({
        stories: [
          { id: "a", title: "a", status: "done" },
          { id: "b", title: "b", status: "todo" },
        ],
      }),
    );
    expect(p.progress).toBe(0.5);
  });
  test("status when no stories", () => {
    expect(epicProgress(epic({ status: "done" })).progress).toBe(1);
    expect(epicProgress(epic({ status: "in-progress" })).progress).toBe(0);
  });
});

describe("groupProgress", () => {
  test("dropped epics are excluded", () => {
    const p = groupProgress([
      epic({ stories: [{ id: "a", title: "a", points: 2, status: "done" }] }),
      epic({ status: "dropped", stories: [{ id: "b", title: "b", points: 8, status: "todo" }] }),
    ]);
    expect(p).toEqual({ stories: { done: 1, total: 1 }, points: { done: 2, total: 2 }, progress: 1 });
  });
  test("mean of epics when no story at all, 0 with no epic", () => {
    expect(groupProgress([epic({ status: "done" }), epic({})]).progress).toBe(0.5);
    expect(groupProgress([]).progress).toBe(0);
  });
});

test("rollupRoadmap groups by theme and milestone", () => {
  const roadmap = buildRoadmap({
    mission: {
      id: "mission",
      file: "mission.yaml",
      data: { name: "P", mission: "M", horizon_months: 6, fiscal_year_start: 1 },
    },
    themes: [{ id: "t", file: "themes/t.yaml", data: { title: "T", status: "active" } }],
    milestones: [
      { id: "m", file: "milestones/m.yaml", data: { title: "M", start: "2026-01-01", end: "2026-03-31" } },
    ],
    epics: [{ id: "e", file: "epics/e.yaml", data: epic({ milestone: "m", status: "done" }) }],
  });
  const rollup = rollupRoadmap(roadmap);
  expect(rollup.mission).toMatchObject({ id: "mission", title: "P", progress: 1 });
  expect(rollup.themes[0]).toMatchObject({ id: "t", progress: 1 });
  expect(rollup.milestones[0]).toMatchObject({ id: "m", progress: 1 });
});
