// The filters of `roadmap show` (docs/views.md), shared by every view, `show --json` and `export`.
// Pure: the filter is resolved and validated by the command (commands/filter-options.ts).
import { epicDates } from "../model/epic-dates.js";
import { isOwner } from "../model/owners.js";
import { overlaps } from "../model/quarter.js";
import { buildRoadmap, type Located, type Roadmap } from "../model/roadmap.js";
import type { Epic, Milestone, Theme } from "../model/schemas.js";
import { isTeamOnEpic } from "../model/teams.js";
import { epicStatuses } from "../model/value-sets.js";

export interface RoadmapFilter {
  quarter?: { id: string; start: string; end: string };
  theme?: string;
  milestone?: string;
  statuses?: string[];
  /** Names: an epic matches when one of them owns it or one of its stories. */
  owners?: string[];
  /** A team id: epics the team works on (model/teams.ts). */
  team?: string;
  /** A label: epics that carry it. */
  label?: string;
}

export function isFilterEmpty(filter: RoadmapFilter): boolean {
  return (
    filter.quarter === undefined &&
    filter.theme === undefined &&
    filter.milestone === undefined &&
    filter.statuses === undefined &&
    filter.owners === undefined &&
    filter.team === undefined &&
    filter.label === undefined
  );
}

/**
 * The road map restricted to what matches every given filter.
 *
 * - Epics match on theme, milestone, status, owner (any owner of the epic or of one of its
 *   stories, any case)
 *   and quarter (their dates overlap it). With a quarter or milestone filter, unscheduled epics
 *   (no milestone) are left out, even when they have dates of their own.
 * - Epics match a team when it works on them (in `teams`, or the team of one of their stories)
 *   and a label when they carry it.
 * - A milestone stays when it holds a matching epic, or, when no epic-only filter (status, owner,
 *   team, label) is given, when it matches by itself: it overlaps the quarter, is the named milestone, and with
 *   a theme filter is scoped to that theme. So `--quarter next` still lists an empty milestone.
 * - A theme stays when it holds a matching epic or is the named theme (with no filter at all,
 *   the road map is returned as it is, empty themes included).
 */
export function filterRoadmap(roadmap: Roadmap, filter: RoadmapFilter): Roadmap {
  if (isFilterEmpty(filter)) return roadmap;
  const epics = roadmap.epics
    .filter((epic) => epicMatches(epic.data, roadmap, filter))
    .map((epic) => withMatchingStories(epic, filter.statuses));
  const epicOnly =
    filter.statuses !== undefined ||
    filter.owners !== undefined ||
    filter.team !== undefined ||
    filter.label !== undefined;
  const milestonesWithEpics = new Set(epics.map((epic) => epic.data.milestone));
  const themesWithEpics = new Set(epics.map((epic) => epic.data.theme));
  const milestones = roadmap.milestones.filter(
    (milestone) =>
      milestonesWithEpics.has(milestone.id) || (!epicOnly && milestoneMatches(milestone, filter)),
  );
  const themes = roadmap.themes.filter(
    (theme) => themesWithEpics.has(theme.id) || themeMatches(theme, filter),
  );
  return buildRoadmap({
    mission: roadmap.mission,
    themes,
    milestones,
    epics,
    teams: roadmap.teams,
    config: roadmap.config,
    audience: roadmap.audience,
  });
}

function epicMatches(epic: Epic, roadmap: Roadmap, filter: RoadmapFilter): boolean {
  if (filter.theme !== undefined && epic.theme !== filter.theme) return false;
  if (filter.milestone !== undefined && epic.milestone !== filter.milestone) return false;
  if (filter.statuses !== undefined && !hasStatus(epic, filter.statuses)) return false;
  if (filter.owners !== undefined && !filter.owners.some((owner) => isOwnedBy(epic, owner))) return false;
  if (filter.team !== undefined && !isTeamOnEpic(epic, filter.team)) return false;
  if (filter.label !== undefined && !(epic.labels ?? []).includes(filter.label)) return false;
  if (filter.quarter !== undefined) {
    // docs/views.md: unscheduled epics (no milestone) are left out, even with dates of their own.
    const dates = epic.milestone === undefined ? undefined : epicDates(epic, roadmap);
    if (dates === undefined || !overlaps(dates, filter.quarter)) return false;
  }
  return true;
}

/**
 * The epic has one of the statuses, or one of its stories has a listed status that no epic can
 * have (`--status todo`): `done` and `in-progress` keep meaning the epic's own status.
 */
function hasStatus(epic: Epic, statuses: readonly string[]): boolean {
  if (statuses.includes(epic.status)) return true;
  const storyOnly = storyOnlyStatuses(statuses);
  return (epic.stories ?? []).some((story) => storyOnly.includes(story.status));
}

/**
 * Under a status filter, an epic listed for its stories (not for its own status) shows those
 * stories only: `--status todo` lists what is still to do.
 */
function withMatchingStories(epic: Located<Epic>, statuses: readonly string[] | undefined): Located<Epic> {
  if (statuses === undefined || statuses.includes(epic.data.status)) return epic;
  const storyOnly = storyOnlyStatuses(statuses);
  const stories = (epic.data.stories ?? []).filter((story) => storyOnly.includes(story.status));
  return { ...epic, data: { ...epic.data, stories } };
}

function storyOnlyStatuses(statuses: readonly string[]): string[] {
  return statuses.filter((status) => !(epicStatuses as readonly string[]).includes(status));
}

/** Any owner of the epic or of one of its stories (an owner may be a list: docs/format.md). */
function isOwnedBy(epic: Epic, owner: string): boolean {
  return isOwner(epic, owner) || (epic.stories ?? []).some((story) => isOwner(story, owner));
}

function milestoneMatches(milestone: Located<Milestone>, filter: RoadmapFilter): boolean {
  if (filter.milestone !== undefined && milestone.id !== filter.milestone) return false;
  if (filter.theme !== undefined && milestone.data.theme !== filter.theme) return false;
  if (filter.quarter !== undefined && !overlaps(milestone.data, filter.quarter)) return false;
  return true;
}

function themeMatches(theme: Located<Theme>, filter: RoadmapFilter): boolean {
  return filter.theme !== undefined && theme.id === filter.theme;
}
