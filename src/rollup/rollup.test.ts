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
  test("fractional points sum without float noise (rollup --json prints these)", () => {
    const fractional = epic({
      stories: [
        { id: "a", title: "a", points: 0.1, status: "done" },
        { id: "b", title: "b", points: 0.2, status: "done" },
      ],
    });
    expect(epicProgress(fractional).points).toEqual({ done: 0.3, total: 0.3 });
    expect(groupProgress([fractional, fractional, fractional]).points).toEqual({ done: 0.9, total: 0.9 });
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

describe("dropped epics are left out of every total above them", () => {
  const done = epic({ status: "done" });
  const dropped = epic({ status: "dropped", stories: [{ id: "x", title: "x", points: 5, status: "todo" }] });
  const droppedDone = epic({ status: "dropped" });
  test.each([
    ["only dropped epics count as no epic", [dropped], 0],
    ["a dropped epic's points do not dilute", [done, dropped], 1],
    ["a dropped epic is not in the mean either", [epic({}), droppedDone], 0],
  ])("%s", (_name, epics, progress) => {
    const p = groupProgress(epics);
    expect(p.progress).toBe(progress);
    expect(p.points.total).toBe(0);
  });
});

test("the mission counts every theme's epics; a dropped epic keeps its own node", () => {
  const roadmap = buildRoadmap({
    themes: [
      { id: "a", file: "themes/a.yaml", data: { title: "A", status: "active" } },
      { id: "b", file: "themes/b.yaml", data: { title: "B", status: "active" } },
    ],
    epics: [
      {
        id: "e1",
        file: "epics/e1.yaml",
        data: epic({ theme: "a", stories: [{ id: "s", title: "s", points: 1, status: "done" }] }),
      },
      {
        id: "e2",
        file: "epics/e2.yaml",
        data: epic({ theme: "b", stories: [{ id: "s", title: "s", points: 3, status: "todo" }] }),
      },
      {
        id: "e3",
        file: "epics/e3.yaml",
        data: epic({
          theme: "b",
          status: "dropped",
          stories: [{ id: "s", title: "s", points: 9, status: "done" }],
        }),
      },
    ],
  });
  const rollup = rollupRoadmap(roadmap);
  expect(rollup.mission).toMatchObject({ title: "", points: { done: 1, total: 4 }, progress: 0.25 });
  expect(rollup.themes.map((t) => t.points)).toEqual([
    { done: 1, total: 1 },
    { done: 0, total: 3 },
  ]);
  expect(rollup.epics.map((e) => e.progress)).toEqual([1, 0, 1]);
});
