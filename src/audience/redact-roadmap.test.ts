import { describe, expect, test } from "vitest";
import { makeRoadmap, makeStory, type TestRoadmapParts } from "../lint/test-roadmap.js";
import type { Roadmap } from "../model/roadmap.js";
import { redactForPublic, roadmapForAudience } from "./redact-roadmap.js";

const ids = (roadmap: Roadmap) => ({
  themes: roadmap.themes.map((theme) => theme.id),
  milestones: roadmap.milestones.map((milestone) => milestone.id),
  epics: roadmap.epics.map((epic) => epic.id),
});

const publicly = (parts: TestRoadmapParts) => redactForPublic(makeRoadmap(parts));

describe("which items are public", () => {
  test("nothing is public unless it says so (the default is internal)", () => {
    const roadmap = publicly({
      themes: { t: {} },
      milestones: { m: { theme: "t" } },
      epics: { e: { theme: "t", milestone: "m" } },
    });
    expect(ids(roadmap)).toEqual({ themes: [], milestones: [], epics: [] });
  });

  test("default_visibility: public makes items public unless they say internal", () => {
    const roadmap = publicly({
      mission: { default_visibility: "public" },
      themes: { t: {}, hidden: { visibility: "internal" } },
      milestones: { m: {}, n: { visibility: "internal" } },
      epics: { e: { theme: "t" }, f: { theme: "t", visibility: "internal" } },
    });
    expect(ids(roadmap)).toEqual({ themes: ["t"], milestones: ["m"], epics: ["e"] });
  });

  test("an internal theme takes its milestones and epics with it, whatever they say", () => {
    const roadmap = publicly({
      themes: { open: { visibility: "public" }, secret: { visibility: "internal" } },
      milestones: {
        scoped: { theme: "secret", visibility: "public" },
        shared: { visibility: "public" },
      },
      epics: {
        a: { theme: "secret", milestone: "shared", visibility: "public" },
        b: { theme: "open", milestone: "shared", visibility: "public" },
      },
    });
    expect(ids(roadmap)).toEqual({ themes: ["open"], milestones: ["shared"], epics: ["b"] });
  });

  test("an internal milestone takes its epics with it; they do not become unscheduled", () => {
    const roadmap = publicly({
      themes: { t: { visibility: "public" } },
      milestones: { freeze: { visibility: "internal" } },
      epics: {
        moved: { theme: "t", milestone: "freeze", visibility: "public" },
        loose: { theme: "t", visibility: "public" },
      },
    });
    expect(ids(roadmap).epics).toEqual(["loose"]);
  });

  test("an item whose parent the road map does not know is left out", () => {
    const roadmap = publicly({
      mission: { default_visibility: "public" },
      themes: { t: {} },
      milestones: { m: { theme: "gone" } },
      epics: { a: { theme: "gone" }, b: { theme: "t", milestone: "gone" } },
    });
    expect(ids(roadmap)).toEqual({ themes: ["t"], milestones: [], epics: [] });
  });
});

describe("what a public item keeps", () => {
  const roadmap = publicly({
    mission: { default_visibility: "public", owner: "Olga", vision: "V" },
    themes: { t: { owner: "Theo", description: "D", goals: [{ metric: "uptime", target: 1 }] } },
    milestones: { m: { start: "2026-02-09", end: "2026-05-22", capacity: 30, goal: "G" } },
    epics: {
      e: {
        theme: "t",
        milestone: "m",
        owner: "Priya",
        description: "Desc",
        start: "2026-03-03",
        end: "2026-04-17",
        health: "at-risk",
        depends_on: ["hidden", "f"],
        continues: "f",
        requested_by: [{ source: "customer", name: "Globex" }],
        score: { reach: 1, impact: 1, confidence: 1, effort: 1 },
        outcome: { metric: "churn", target: 1 },
        labels: ["flagship"],
        stories: [makeStory("s", { points: 3, owner: "Sam", status: "done", acceptance: ["A"] })],
      },
      f: { theme: "t" },
      hidden: { theme: "t", visibility: "internal" },
      g: { theme: "t", depends_on: ["hidden"], continues: "hidden" },
    },
  });
  const epic = roadmap.epicById.get("e")!;

  test("owners, health, requesters, points, capacity, scores, outcomes and goals are left out", () => {
    expect(roadmap.mission!.data).toEqual({
      name: "P",
      mission: "M",
      vision: "V",
      horizon_months: 6,
      fiscal_year_start: 1,
      default_visibility: "public",
    });
    expect(roadmap.themeById.get("t")!.data).toEqual({
      title: "t",
      description: "D",
      status: "active",
    });
    expect(roadmap.milestoneById.get("m")!.data).toEqual({
      title: "m",
      start: "2026-01-01",
      end: "2026-06-30",
      goal: "G",
    });
    expect(epic.data).toEqual({
      title: "e",
      theme: "t",
      milestone: "m",
      status: "proposed",
      description: "Desc",
      start: "2026-01-01",
      end: "2026-06-30",
      depends_on: ["f"],
      continues: "f",
      labels: ["flagship"],
      stories: [
        {
          id: "s",
          title: "As a user, I want s so that it works",
          status: "done",
          acceptance: ["A"],
        },
      ],
    });
  });

  test("links to internal epics only are removed as a whole", () => {
    expect(roadmap.epicById.get("g")!.data).not.toHaveProperty("depends_on");
    expect(roadmap.epicById.get("g")!.data).not.toHaveProperty("continues");
  });

  test("file paths are not published, nor the lint configuration", () => {
    expect([roadmap.mission!.file, epic.file, roadmap.themes[0]!.file]).toEqual(["", "", ""]);
    expect(roadmap.config).toBeUndefined();
    expect(roadmap.audience).toBe("public");
  });
});

test("dates become whole fiscal quarters", () => {
  const roadmap = publicly({
    mission: { default_visibility: "public", fiscal_year_start: 4 },
    milestones: { m: { start: "2026-03-31", end: "2026-04-01" } },
  });
  // Fiscal year 4: 2026-Q4 is January-March 2026, 2027-Q1 April-June 2026.
  expect(roadmap.milestones[0]!.data).toMatchObject({ start: "2026-01-01", end: "2026-06-30" });
});

test("the internal road map is returned as it is, and redaction neither mutates nor repeats", () => {
  const internal = makeRoadmap({
    mission: { default_visibility: "public", owner: "Olga" },
    themes: { t: {} },
  });
  expect(roadmapForAudience(internal, "internal")).toBe(internal);
  const once = roadmapForAudience(internal, "public");
  expect(internal.mission!.data.owner).toBe("Olga");
  expect(redactForPublic(once)).toBe(once);
});
