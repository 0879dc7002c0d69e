// `rollup --by team|label` (docs/format.md): progress per team or per label, as the roll-up's nodes
// (README.md, "roadmap rollup"). Pure. A team's node counts the stories that count for it
// (model/teams.ts) in the epics it works on; a label's node counts every story of the epics that
// carry it. Dropped epics are excluded, as from every total (README.md).
import { compareText, type Roadmap } from "../model/roadmap.js";
import { epicForTeam, isTeamOnEpic, teamOfStory } from "../model/teams.js";
import { groupProgress, type RollupNode } from "./rollup.js";

/** Which grouping (the flag's values live in commands/flag-values.ts). */
export type RollupGrouping = "team" | "label";

/** Every team of teams/, in id order, with the progress of its share of the work. */
function rollupByTeam(roadmap: Roadmap): RollupNode[] {
  return roadmap.teams.map((team) => ({
    id: team.id,
    title: team.data.title,
    ...groupProgress(
      roadmap.epics
        .filter((epic) => isTeamOnEpic(epic.data, team.id))
        .map((epic) => epicForTeam(epic.data, team.id)),
    ),
  }));
}

/**
 * The stories that count for no team (no `team`, in an epic with no or several teams), so that
 * the text of `rollup --by team` adds up to the road map's total (README, roadmap rollup); undefined
 * when every story counts for a team. A story counts for at most one team, so this is the total
 * less the teams' nodes.
 */
export function rollupWithoutTeam(roadmap: Roadmap): RollupNode | undefined {
  const epics = roadmap.epics
    .map((epic) => ({
      ...epic.data,
      stories: (epic.data.stories ?? []).filter((story) => teamOfStory(story, epic.data) === undefined),
    }))
    .filter((epic) => epic.stories.length > 0);
  const progress = groupProgress(epics);
  return progress.stories.total === 0 ? undefined : { id: "", title: "(no team)", ...progress };
}

/** Every label an epic carries, in order, with the progress of the epics that carry it. */
function rollupByLabel(roadmap: Roadmap): RollupNode[] {
  const labels = [...new Set(roadmap.epics.flatMap((epic) => epic.data.labels ?? []))].sort(compareText);
  return labels.map((label) => ({
    id: label,
    title: label,
    ...groupProgress(
      roadmap.epics.filter((epic) => epic.data.labels?.includes(label)).map((epic) => epic.data),
    ),
  }));
}

export function rollupGroups(roadmap: Roadmap, by: RollupGrouping): RollupNode[] {
  return by === "team" ? rollupByTeam(roadmap) : rollupByLabel(roadmap);
}
