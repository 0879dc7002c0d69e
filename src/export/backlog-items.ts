// What the backlog exports (github-issues, jira-csv; docs/export.md) make tracker issues of, and
// in what order: one home, so both bridges to trackers agree on which stories exist and both
// key them by the same marker.
import { compareText, type Located, type Roadmap } from "../model/roadmap.js";
import type { Epic, Story } from "../model/schemas.js";
import { isId } from "../sync/issue-marker.js";

/** Epics that are not dropped (and whose id can be a marker); their stories are the backlog. */
export function liveEpics(roadmap: Roadmap): Located<Epic>[] {
  return roadmap.epics.filter((epic) => epic.data.status !== "dropped" && isId(epic.id));
}

/** Stories whose id can be a marker: valid (validation reports the others) and first of its id. */
export function uniqueStories(epic: Epic): Story[] {
  const seen = new Set<string>();
  return (epic.stories ?? []).filter((story) => {
    if (!isId(story.id) || seen.has(story.id)) return false;
    seen.add(story.id);
    return true;
  });
}

/** Epics by theme id, then milestone in date order (unscheduled last), then epic id. */
export function sortEpicsByPlace(roadmap: Roadmap, epics: readonly Located<Epic>[]): Located<Epic>[] {
  const milestoneRank = new Map(roadmap.milestones.map((milestone, index) => [milestone.id, index]));
  const rank = (id: string | undefined): number =>
    (id === undefined ? undefined : milestoneRank.get(id)) ?? roadmap.milestones.length;
  return [...epics].sort(
    (a, b) =>
      compareText(a.data.theme, b.data.theme) ||
      rank(a.data.milestone) - rank(b.data.milestone) ||
      compareText(a.id, b.id),
  );
}
