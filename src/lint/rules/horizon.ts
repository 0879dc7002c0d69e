// horizon: plans far beyond the road map's horizon (mission.horizon_months) are guesses
// dressed up as dates; keep them unscheduled until they come closer.
import * as z from "zod/mini";
import { addMonths } from "../../model/dates.js";
import { defineRule, type RuleFinding } from "../rule.js";

const DEFAULT_HORIZON_MONTHS = 6;

export const horizon = defineRule({
  id: "horizon",
  description: "A milestone ending more than mission.horizon_months after today.",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap, { today }) {
    const months = roadmap.mission?.data.horizon_months ?? DEFAULT_HORIZON_MONTHS;
    const limit = addMonths(today, months);
    const findings: RuleFinding[] = [];
    for (const milestone of roadmap.milestones) {
      if (milestone.data.end <= limit) continue;
      findings.push({
        file: milestone.file,
        path: ["end"],
        at: "value",
        message: `milestone "${milestone.id}" ends ${milestone.data.end}, beyond the ${months}-month horizon (${limit})`,
      });
    }
    return findings;
  },
});
