// overcommitted: planning more points than the team can deliver makes the milestone's date
// a wish; the plan should fit the capacity it states.

import * as z from "zod/mini";
import { addPoints } from "../../model/points.js";
import { groupPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const overcommitted = defineRule({
  id: "overcommitted",
  description: "The story points of a milestone's epics exceed its capacity (equal is fine).",
  defaultSeverity: "error",
  options: z.strictObject({}),
  check(roadmap) {
    const epicsByMilestone = groupPlannedEpics(roadmap, (epic) => epic.milestone);
    const findings: RuleFinding[] = [];
    for (const milestone of roadmap.milestones) {
      const capacity = milestone.data.capacity;
      if (capacity === undefined) continue;
      let points = 0;
      for (const epic of epicsByMilestone.get(milestone.id) ?? []) {
        for (const story of epic.data.stories ?? []) points = addPoints(points, story.points ?? 0);
      }
      if (points <= capacity) continue;
      findings.push({
        file: milestone.file,
        path: ["capacity"],
        at: "value",
        message: `milestone "${milestone.id}" holds ${points} points of stories, over its capacity of ${capacity}`,
      });
    }
    return findings;
  },
});
