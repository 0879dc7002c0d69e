// Which team a story's work counts for, and how much a team can take on in a milestone
// (docs/format.md). One home for the rule, read by lint `team-overcommitted`, `rollup --by team` and
// `show --team`.
import type { Epic, Story, Team } from "./schemas.js";

/**
 * The team a story counts for: its own `team`, else its epic's team when the epic names exactly
 * one (with several, a story without `team` belongs to none of them in particular).
 */
export function teamOfStory(story: Story, epic: Epic): string | undefined {
  if (story.team !== undefined) return story.team;
  return epic.teams?.length === 1 ? epic.teams[0] : undefined;
}

/** Whether a team works on the epic: named in its `teams`, or the team of one of its stories. */
export function isTeamOnEpic(epic: Epic, team: string): boolean {
  return (
    (epic.teams ?? []).includes(team) ||
    (epic.stories ?? []).some((story) => teamOfStory(story, epic) === team)
  );
}

/** The epic as far as one team is concerned: only the stories that count for that team. */
export function epicForTeam(epic: Epic, team: string): Epic {
  return { ...epic, stories: (epic.stories ?? []).filter((story) => teamOfStory(story, epic) === team) };
}

/** A team's capacity in a milestone: its own figure for it, else `default`; undefined for none. */
export function teamCapacityIn(team: Team, milestoneId: string): { points: number; key: string } | undefined {
  const capacity = team.capacity;
  if (capacity === undefined) return undefined;
  if (Object.hasOwn(capacity, milestoneId)) return { points: capacity[milestoneId]!, key: milestoneId };
  if (Object.hasOwn(capacity, "default")) return { points: capacity.default!, key: "default" };
  return undefined;
}
