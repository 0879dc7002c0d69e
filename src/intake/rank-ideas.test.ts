import { describe, expect, test } from "vitest";
import { makeRoadmap, makeStory } from "../lint/test-roadmap.js";
import { rankIdeas, riceScore } from "./rank-ideas.js";

const roadmap = makeRoadmap({
  epics: {
    sso: {
      status: "in-progress",
      stories: [makeStory("a", { points: 3, status: "done" }), makeStory("b", { points: 1 })],
    },
  },
  ideas: {
    big: {
      submitted: "2026-05-02",
      score: { reach: 1000, impact: 2, confidence: 0.5, effort: 4 },
      requested_by: [{ source: "sales" }],
    },
    small: {
      status: "triaged",
      submitted: "2026-03-01",
      score: { reach: 10, impact: 1, confidence: 1, effort: 1 },
      requested_by: [
        { source: "customer", name: "Globex" },
        { source: "customer", name: " globex " },
        { source: "customer", name: "Initech" },
        { source: "customer" },
      ],
    },
    unscored: { status: "declined", decision: "no" },
    sso: { status: "promoted", promoted_to: "sso", submitted: "2026-01-01" },
  },
});

describe("rankIdeas", () => {
  test("by score (default): highest first, ideas without a score last, ties by demand then id", () => {
    const rows = rankIdeas(roadmap, { today: "2026-06-01", sort: "score" });
    expect(rows.map((row) => [row.id, row.score])).toEqual([
      ["big", 250],
      ["small", 10],
      ["sso", null],
      ["unscored", null],
    ]);
  });

  test("demand counts every request and distinct named customers (case and spacing ignored)", () => {
    const small = rankIdeas(roadmap, { today: "2026-06-01", sort: "demand" })[0];
    expect(small).toMatchObject({ id: "small", demand: { requests: 4, customers: 2 } });
  });

  test("by age: oldest first, undated last", () => {
    const rows = rankIdeas(roadmap, { today: "2026-06-01", sort: "age" });
    expect(rows.map((row) => [row.id, row.age_days])).toEqual([
      ["sso", 151],
      ["small", 92],
      ["big", 30],
      ["unscored", null],
    ]);
  });

  test("a promoted idea carries its epic's status and roll-up progress", () => {
    const sso = rankIdeas(roadmap, { today: "2026-06-01", sort: "score" }).find((row) => row.id === "sso");
    expect(sso?.epic).toEqual({ id: "sso", status: "in-progress", progress: 0.75 });
    const big = rankIdeas(roadmap, { today: "2026-06-01", sort: "score" })[0];
    expect(big).not.toHaveProperty("epic");
  });

  test("--status keeps only the statuses asked for", () => {
    const rows = rankIdeas(roadmap, { today: "2026-06-01", sort: "score", statuses: ["new", "promoted"] });
    expect(rows.map((row) => row.id)).toEqual(["big", "sso"]);
  });
});

test("riceScore drops float noise", () => {
  expect(riceScore({ reach: 3, impact: 1, confidence: 0.7, effort: 1 })).toBe(2.1);
  expect(riceScore({ reach: 400, impact: 1, confidence: 0.5, effort: 3 })).toBeCloseTo(66.6667, 3);
});
