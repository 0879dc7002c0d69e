// The validated road map: one hierarchy built from every file that passed the schema.
import type { Epic, Idea, Milestone, Mission, Team, Theme, Visibility } from "./schemas.js";

/** An item with the id and file it came from (file relative to the road-map folder). */
export interface Located<T> {
  id: string;
  file: string;
  data: T;
}

export interface Roadmap {
  /**
   * Who the road map is for: "internal" as read from the files, "public" once redacted for the
   * public (audience/redact-roadmap.ts; docs/audiences.md), whose dates are whole quarters.
   */
  audience: Visibility;
  mission: Located<Mission> | undefined;
  /** Sorted by id. */
  themes: Located<Theme>[];
  /** Sorted by start date, then id. */
  milestones: Located<Milestone>[];
  /** Sorted by id. */
  epics: Located<Epic>[];
  /** Sorted by id (teams/, docs/format.md). */
  teams: Located<Team>[];
  themeById: ReadonlyMap<string, Located<Theme>>;
  milestoneById: ReadonlyMap<string, Located<Milestone>>;
  epicById: ReadonlyMap<string, Located<Epic>>;
  /** The intake (docs/edit.md): ideas beside the plan, sorted by id. */
  ideas: Located<Idea>[];
  ideaById: ReadonlyMap<string, Located<Idea>>;
  teamById: ReadonlyMap<string, Located<Team>>;
  /** The raw value of roadmap.config.yaml, if the folder has one that parsed. */
  config: Located<unknown> | undefined;
}

export function buildRoadmap(parts: {
  mission?: Located<Mission> | undefined;
  themes?: Located<Theme>[];
  milestones?: Located<Milestone>[];
  epics?: Located<Epic>[];
  ideas?: Located<Idea>[];
  teams?: Located<Team>[];
  config?: Located<unknown> | undefined;
  audience?: Visibility;
}): Roadmap {
  const themes = [...(parts.themes ?? [])].sort(byId);
  const milestones = [...(parts.milestones ?? [])].sort(
    (a, b) => compareText(a.data.start, b.data.start) || byId(a, b),
  );
  const epics = [...(parts.epics ?? [])].sort(byId);
  const ideas = [...(parts.ideas ?? [])].sort(byId);
  const teams = [...(parts.teams ?? [])].sort(byId);
  return {
    audience: parts.audience ?? "internal",
    mission: parts.mission,
    themes,
    milestones,
    epics,
    teams,
    themeById: indexById(themes),
    milestoneById: indexById(milestones),
    epicById: indexById(epics),
    ideas,
    ideaById: indexById(ideas),
    teamById: indexById(teams),
    config: parts.config,
  };
}

function indexById<T>(items: Located<T>[]): Map<string, Located<T>> {
  return new Map(items.map((item) => [item.id, item]));
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareText(a.id, b.id);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
