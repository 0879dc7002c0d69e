// overdue: a milestone whose end has passed with work still open has slipped; move the work
// or close it so the road map says what is really happening.
import * as z from "zod/mini";
import { plural } from "../../util/plural.js";
import { groupPlannedEpics, listIds } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const overdue = defineRule({
  id: "overdue",
  description: "A milestone that ended before today with epics neither done nor dropped.",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap, { today }) {
    const epicsByMilestone = groupPlannedEpics(roadmap, (epic) => epic.milestone);
    const findings: RuleFinding[] = [];
    for (const milestone of roadmap.milestones) {
      if (milestone.data.end >= today) continue;
      const open = (epicsByMilestone.get(milestone.id) ?? []).filter((epic) => epic.data.status !== "done");
      if (open.length === 0) continue;
      findings.push({
        file: milestone.file,
        path: ["end"],
        at: "value",
        message: `milestone "${milestone.id}" ended ${milestone.data.end} with ${plural(open.length, "epic")} not done: ${listIds(open.map((epic) => epic.id))}`,
      });
    }
    return findings;
  },
});
