// empty-milestone: a time box with nothing in it promises a date for no work.
import * as z from "zod/mini";
import { groupPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const emptyMilestone = defineRule({
  id: "empty-milestone",
  description: "A milestone with no epic (dropped epics do not count).",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap) {
    const epicsByMilestone = groupPlannedEpics(roadmap, (epic) => epic.milestone);
    return roadmap.milestones
      .filter((milestone) => !epicsByMilestone.has(milestone.id))
      .map(
        (milestone): RuleFinding => ({
          file: milestone.file,
          path: ["title"],
          message: `milestone "${milestone.id}" has no epic`,
        }),
      );
  },
});
