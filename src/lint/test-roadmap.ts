// Builds small road maps for rule tests: every item gets sensible defaults, so a test case
// spells out only what it is about.
import { buildRoadmap, type Roadmap } from "../model/roadmap.js";
import type { Epic, Idea, Milestone, Mission, Story, Team, Theme } from "../model/schemas.js";
import type { LintRule } from "./rule.js";

export interface TestRoadmapParts {
  mission?: Partial<Mission>;
  themes?: Record<string, Partial<Theme>>;
  milestones?: Record<string, Partial<Milestone>>;
  epics?: Record<string, Partial<Epic>>;
  ideas?: Record<string, Partial<Idea>>;
  teams?: Record<string, Partial<Team>>;
}

export function makeRoadmap(parts: TestRoadmapParts): Roadmap {
  return buildRoadmap({
    mission: {
      id: "mission",
      file: "mission.yaml",
      data: { name: "P", mission: "M", horizon_months: 6, fiscal_year_start: 1, ...parts.mission },
    },
    themes: Object.entries(parts.themes ?? {}).map(([id, data]) => ({
      id,
      file: `themes/${id}.yaml`,
      data: { title: id, status: "active", ...data },
    })),
    milestones: Object.entries(parts.milestones ?? {}).map(([id, data]) => ({
      id,
      file: `milestones/${id}.yaml`,
      data: { title: id, start: "2026-01-01", end: "2026-03-31", ...data },
    })),
    epics: Object.entries(parts.epics ?? {}).map(([id, data]) => ({
      id,
      file: `epics/${id}.yaml`,
      data: { title: id, theme: "t", status: "proposed", ...data },
    })),
    ideas: Object.entries(parts.ideas ?? {}).map(([id, data]) => ({
      id,
      file: `ideas/${id}.yaml`,
      data: { title: id, status: "new", ...data },
    })),
    teams: Object.entries(parts.teams ?? {}).map(([id, data]) => ({
      id,
      file: `teams/${id}.yaml`,
      data: { title: id, ...data },
    })),
  });
}

export function makeStory(id: string, over: Partial<Story> = {}): Story {
  return { id, title: `As a user, I want ${id} so that it works`, status: "todo", ...over };
}

/** Runs one rule and keeps what tests assert on: where each finding points. */
export function runRule(
  rule: LintRule,
  parts: TestRoadmapParts,
  context: { today?: string; options?: unknown } = {},
): string[] {
  const findings = rule.check(makeRoadmap(parts), {
    today: context.today ?? "2026-06-01",
    options: context.options ?? {},
  });
  return findings.map((f) => `${f.file}:${f.path.join(".")}`);
}
