import { expect, test } from "vitest";
import { buildRoadmap } from "../model/roadmap.js";
import { lintRoadmap } from "./lint-roadmap.js";
import { lintRules } from "./registry.js";
import { makeRoadmap, makeStory } from "./test-roadmap.js";

// A milestone of 20 weeks holding an unscheduled-looking mix: trips milestone-timebox (warn),
// empty-milestone (warn) and horizon depending on today.
const parts = { milestones: { m: { start: "2026-01-01", end: "2026-05-20" } } };

const summarize = (findings: ReturnType<typeof lintRoadmap>) =>
  findings.map((f) => `${f.rule}:${f.severity}`).sort();

test("runs default rules with their default severity", () => {
  expect(summarize(lintRoadmap(makeRoadmap(parts), { today: "2026-01-01" }))).toEqual([
    "empty-milestone:warn",
    "milestone-timebox:warn",
  ]);
});

test("today is a parameter: the same road map is overdue later", () => {
  const roadmap = makeRoadmap({
    ...parts,
    epics: { e: { milestone: "m", stories: [makeStory("s", { points: 1 })] } },
  });
  expect(summarize(lintRoadmap(roadmap, { today: "2026-01-01" }))).toEqual(["milestone-timebox:warn"]);
  expect(summarize(lintRoadmap(roadmap, { today: "2026-06-01" }))).toEqual([
    "milestone-timebox:warn",
    "overdue:warn",
  ]);
});

test("the config turns rules off, changes severity and options, and turns off-by-default rules on", () => {
  const base = makeRoadmap({ ...parts, epics: { e: {} } });
  const roadmap = buildRoadmap({
    ...base,
    config: {
      id: "config",
      file: "roadmap.config.yaml",
      data: {
        rules: {
          "empty-milestone": "off",
          "milestone-timebox": ["error", { max_weeks: 30 }],
          unscheduled: "error",
          "theme-without-epics": "warn",
        },
      },
    },
  });
  expect(summarize(lintRoadmap(roadmap, { today: "2026-01-01" }))).toEqual(["unscheduled:error"]);
});

test("config problems are reported and the broken rule falls silent", () => {
  const base = makeRoadmap(parts);
  const roadmap = buildRoadmap({
    ...base,
    config: {
      id: "config",
      file: "roadmap.config.yml",
      data: { rules: { "milestone-timebox": ["warn", { weeks: 3 }] } },
    },
  });
  const findings = lintRoadmap(roadmap, { today: "2026-01-01" });
  expect(summarize(findings)).toEqual(["empty-milestone:warn", "unknown-key:error"]);
  expect(findings.find((f) => f.rule === "unknown-key")?.file).toBe("roadmap.config.yml");
});

test("the registry lists 20 rules, sorted, with unique ids", () => {
  const ids = lintRules.map((rule) => rule.id);
  expect(ids).toHaveLength(20);
  expect([...ids].sort()).toEqual(ids);
  expect(new Set(ids).size).toBe(20);
});
