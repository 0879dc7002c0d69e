// team-overcommitted: a team asked for more points in a milestone than it can deliver there
// makes that milestone a wish for that team, even when the milestone's total fits.

import * as z from "zod/mini";
import { addPoints } from "../../model/points.js";
import { teamCapacityIn, teamOfStory } from "../../model/teams.js";
import { listIds, listPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const teamOvercommitted = defineRule({
  id: "team-overcommitted",
  description:
    "A team's story points in a milestone exceed its capacity there (a story without team counts for its epic's only team).",
  defaultSeverity: "error",
  options: z.strictObject({}),
  check(roadmap) {
    // team -> milestone -> points and the epics they come from
    const load = new Map<string, Map<string, { points: number; epics: Set<string> }>>();
    for (const epic of listPlannedEpics(roadmap)) {
      const milestone = epic.data.milestone;
      if (milestone === undefined || !roadmap.milestoneById.has(milestone)) continue;
      for (const story of epic.data.stories ?? []) {
        const team = teamOfStory(story, epic.data);
        if (team === undefined) continue;
        const byMilestone = load.get(team) ?? new Map();
        load.set(team, byMilestone);
        const entry = byMilestone.get(milestone) ?? { points: 0, epics: new Set<string>() };
        byMilestone.set(milestone, entry);
        entry.points = addPoints(entry.points, story.points ?? 0);
        entry.epics.add(epic.id);
      }
    }
    const findings: RuleFinding[] = [];
    for (const team of roadmap.teams) {
      for (const milestone of roadmap.milestones) {
        const capacity = teamCapacityIn(team.data, milestone.id);
        const entry = load.get(team.id)?.get(milestone.id);
        if (capacity === undefined || entry === undefined || entry.points <= capacity.points) continue;
        const source = capacity.key === "default" ? "its default capacity" : "its capacity there";
        findings.push({
          file: team.file,
          path: ["capacity", capacity.key],
          at: "value",
          message: `team "${team.id}" holds ${entry.points} points of stories in milestone "${milestone.id}", over ${source} of ${capacity.points} (epics: ${listIds([...entry.epics].sort())})`,
        });
      }
    }
    return findings;
  },
});
