// Small road-map states for review's unit tests: each test spells out only the epics and
// milestones it is about.
import { buildRoadmap, type Roadmap } from "../model/roadmap.js";
import type { Epic, Milestone } from "../model/schemas.js";
import type { EpicIdentity } from "./history-facts.js";

export const Q2 = { start: "2026-04-01", end: "2026-06-30" };

const MILESTONES: Record<string, Partial<Milestone>> = {
  q1: { start: "2026-01-01", end: "2026-03-31" },
  q2: { start: "2026-04-01", end: "2026-06-30" },
  q3: { start: "2026-07-01", end: "2026-09-30" },
};

export function makeState(epics: Record<string, Partial<Epic>>, milestones = MILESTONES): Roadmap {
  return buildRoadmap({
    milestones: Object.entries(milestones).map(([id, data]) => ({
      id,
      file: `milestones/${id}.yaml`,
      data: { title: id, start: "2026-01-01", end: "2026-03-31", ...data },
    })),
    epics: Object.entries(epics).map(([id, data]) => ({
      id,
      file: `epics/${id}.yaml`,
      data: { title: `Epic ${id}`, theme: "t", status: "planned", ...data },
    })),
  });
}

/** No renames: every id is itself, present at the baseline when the baseline has it. */
export function sameIds(baseline: Roadmap): EpicIdentity {
  return {
    endIdOf: (id) => id,
    baselineIdOf: (id) => (baseline.epicById.has(id) ? id : undefined),
  };
}

export function points(...values: number[]): Partial<Epic> {
  return {
    stories: values.map((value, i) => ({ id: `s${i}`, title: `Story ${i}`, status: "todo", points: value })),
  };
}
