// milestone-timebox: a milestone is a time box of about a quarter; a longer one hides slips
// and stops forcing choices.
import * as z from "zod/mini";
import { countDaysInclusive } from "../../model/dates.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const milestoneTimebox = defineRule({
  id: "milestone-timebox",
  description: "A milestone longer than max_weeks (start and end both included).",
  defaultSeverity: "warn",
  options: z.strictObject({
    max_weeks: z._default(z.number().check(z.gt(0)), 13),
  }),
  check(roadmap, { options }) {
    const maxDays = options.max_weeks * 7;
    const findings: RuleFinding[] = [];
    for (const milestone of roadmap.milestones) {
      const days = countDaysInclusive(milestone.data.start, milestone.data.end);
      if (days <= maxDays) continue;
      findings.push({
        file: milestone.file,
        path: ["end"],
        at: "value",
        message: `milestone "${milestone.id}" lasts ${days} days, more than ${options.max_weeks} weeks (${maxDays} days); split it`,
      });
    }
    return findings;
  },
});
