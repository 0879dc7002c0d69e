// The road map as the public may see it (docs/export.md; docs/audiences.md): done once, on the model,
// before any view or export sees it, so no format, old or new, can show what it was never given.
//
// - An item is public when its `visibility` (else mission.yaml's `default_visibility`, else
//   internal) says so AND every item above it is public: an internal theme takes its milestones
//   and epics with it, an internal milestone its epics, an epic its stories. An item whose parent
//   the road map does not know is left out too (it cannot be shown to be public).
// - Of a public item, only what describes the plan is kept: who (owners, requesters), how much
//   (points, capacity, RICE scores), the team's own judgement (health) and business targets
//   (theme goals, epic outcomes) are not.
//   Every key of every kind states its fate in the tables below: a key added to a schema does
//   not compile until someone decides whether the public may see it.
// - Dates become whole quarters (a start the first day of its quarter, an end the last), so a
//   format that prints dates prints nothing finer than a quarter; views print the quarters.
// - References to items that are left out are removed (`depends_on`, `continues`), file paths are emptied
//   (subfolder names are free text), and roadmap.config.yaml is not part of a public road map.
import { quarterOf, quarterRange } from "../model/quarter.js";
import { buildRoadmap, type Located, type Roadmap } from "../model/roadmap.js";
import type { Epic, Milestone, Mission, Story, Theme, Visibility } from "../model/schemas.js";
import { visibilityOf } from "./visibility.js";

interface Redaction {
  fiscalYearStart: number;
  publicEpics: ReadonlySet<string>;
}

/**
 * For each key of T, what its value becomes in public: a required key must be given a value,
 * only an optional one may be dropped (undefined).
 */
type KeyPolicy<T> = {
  [K in keyof T]-?: (value: Exclude<T[K], undefined>, redaction: Redaction) => OptionalIfOptional<T, K>;
};
type OptionalIfOptional<T, K extends keyof T> = undefined extends T[K] ? T[K] | undefined : T[K];

const keep = <V>(value: V): V => value;
const drop = (): undefined => undefined;
const quarterStart = (date: string, { fiscalYearStart }: Redaction): string =>
  quarterRange(quarterOf(date, fiscalYearStart), fiscalYearStart).start;
const quarterEnd = (date: string, { fiscalYearStart }: Redaction): string =>
  quarterRange(quarterOf(date, fiscalYearStart), fiscalYearStart).end;
const markPublic = (): Visibility => "public";

const MISSION: KeyPolicy<Mission> = {
  name: keep,
  mission: keep,
  vision: keep,
  owner: drop,
  horizon_months: keep,
  fiscal_year_start: keep,
  default_visibility: markPublic,
};

const THEME: KeyPolicy<Theme> = {
  id: keep,
  title: keep,
  description: keep,
  owner: drop,
  status: keep,
  visibility: markPublic,
  goals: drop,
  // Links lead to trackers, documents and chat channels that are often internal (docs/format.md).
  links: drop,
};

const MILESTONE: KeyPolicy<Milestone> = {
  id: keep,
  title: keep,
  start: quarterStart,
  end: quarterEnd,
  theme: keep,
  visibility: markPublic,
  capacity: drop,
  goal: keep,
  links: drop,
};

const STORY: KeyPolicy<Story> = {
  id: keep,
  title: keep,
  kind: keep,
  points: drop,
  status: keep,
  owner: drop,
  team: drop,
  acceptance: keep,
  links: drop,
};

const EPIC: KeyPolicy<Epic> = {
  id: keep,
  title: keep,
  theme: keep,
  milestone: keep,
  status: keep,
  health: drop,
  visibility: markPublic,
  owner: drop,
  teams: drop,
  description: keep,
  start: quarterStart,
  end: quarterEnd,
  depends_on: (ids, { publicEpics }) => {
    const kept = ids.filter((id) => publicEpics.has(id));
    return kept.length > 0 ? kept : undefined;
  },
  continues: (id, { publicEpics }) => (publicEpics.has(id) ? id : undefined),
  requested_by: drop,
  score: drop,
  outcome: drop,
  labels: keep,
  links: drop,
  stories: (stories, redaction) => stories.map((story) => applyPolicy(story, STORY, redaction)),
};

/** The road map for an audience: itself for "internal", redacted for "public". */
export function roadmapForAudience(roadmap: Roadmap, audience: Visibility): Roadmap {
  return audience === "public" ? redactForPublic(roadmap) : roadmap;
}

export function redactForPublic(roadmap: Roadmap): Roadmap {
  if (roadmap.audience === "public") return roadmap;
  const isPublic = (item: Located<{ visibility?: Visibility | undefined }>): boolean =>
    visibilityOf(item.data, roadmap) === "public";

  const themes = roadmap.themes.filter(isPublic);
  const themeIds = new Set(themes.map((theme) => theme.id));
  const milestones = roadmap.milestones.filter(
    (milestone) =>
      isPublic(milestone) && (milestone.data.theme === undefined || themeIds.has(milestone.data.theme)),
  );
  const milestoneIds = new Set(milestones.map((milestone) => milestone.id));
  const epics = roadmap.epics.filter(
    (epic) =>
      isPublic(epic) &&
      themeIds.has(epic.data.theme) &&
      (epic.data.milestone === undefined || milestoneIds.has(epic.data.milestone)),
  );
  const redaction: Redaction = {
    fiscalYearStart: roadmap.mission?.data.fiscal_year_start ?? 1,
    publicEpics: new Set(epics.map((epic) => epic.id)),
  };
  const located = <T extends object>(item: Located<T>, policy: KeyPolicy<T>): Located<T> => ({
    id: item.id,
    file: "",
    data: applyPolicy(item.data, policy, redaction),
  });
  return buildRoadmap({
    audience: "public",
    mission: roadmap.mission && located(roadmap.mission, MISSION),
    themes: themes.map((theme) => located(theme, THEME)),
    milestones: milestones.map((milestone) => located(milestone, MILESTONE)),
    epics: epics.map((epic) => located(epic, EPIC)),
    config: undefined,
  });
}

/** A copy holding only the keys the policy names, each as the policy turns it. */
function applyPolicy<T extends object>(data: T, policy: KeyPolicy<T>, redaction: Redaction): T {
  const result: Partial<Record<keyof T, unknown>> = {};
  for (const key of Object.keys(policy) as (keyof T)[]) {
    const value = data[key];
    if (value === undefined) continue;
    const turned = policy[key](value as Exclude<T[keyof T], undefined>, redaction);
    if (turned !== undefined) result[key] = turned;
  }
  // Every required key was given a value by its policy (KeyPolicy's types see to that).
  return result as T;
}
