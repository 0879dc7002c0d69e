// milestone-timebox: a milestone is a time box of about a quarter; a longer one hides slips
// and stops forcing choices. docs/rules.md's 13 weeks stands for "a quarter", and a calendar quarter
// is 13 weeks and a day or two (90 to 92 days), so each whole 13 weeks of the limit allows one
// day more: 13 weeks accepts any calendar quarter, 26 any half-year, 52 any year (docs/rules.md).
import * as z from "zod/mini";
import { countDaysInclusive } from "../../model/dates.js";
import { plural } from "../../util/plural.js";
import { defineRule, type RuleFinding } from "../rule.js";

const WEEKS_PER_QUARTER = 13;

/** The longest a milestone may last, in days, for a limit of `maxWeeks` weeks. */
export function timeboxDays(maxWeeks: number): number {
  return Math.floor(maxWeeks * 7) + Math.floor(maxWeeks / WEEKS_PER_QUARTER);
}

export const milestoneTimebox = defineRule({
  id: "milestone-timebox",
  description:
    "A milestone longer than max_weeks, start and end included (13 weeks: any calendar quarter passes; 26: any half-year; 52: any year).",
  defaultSeverity: "warn",
  options: z.strictObject({
    max_weeks: z._default(z.number().check(z.gt(0)), WEEKS_PER_QUARTER),
  }),
  check(roadmap, { options }) {
    const maxDays = timeboxDays(options.max_weeks);
    const findings: RuleFinding[] = [];
    for (const milestone of roadmap.milestones) {
      const days = countDaysInclusive(milestone.data.start, milestone.data.end);
      if (days <= maxDays) continue;
      findings.push({
        file: milestone.file,
        path: ["end"],
        at: "value",
        message: `milestone "${milestone.id}" lasts ${days} days, more than ${describeLimit(options.max_weeks, maxDays)}; ${advice(options.max_weeks)}`,
      });
    }
    return findings;
  },
});

function describeLimit(maxWeeks: number, maxDays: number): string {
  const weeks = plural(maxWeeks, "week");
  return maxWeeks === WEEKS_PER_QUARTER
    ? `${weeks} (a quarter, at most ${maxDays} days)`
    : `${weeks} (${maxDays} days)`;
}

/** Never "split it" to a team whose periods are longer than a quarter on purpose. */
function advice(maxWeeks: number): string {
  return maxWeeks < 2 * WEEKS_PER_QUARTER
    ? "a team that plans by half-year or year says so with max_weeks (26 or 52) in roadmap.config.yaml; otherwise shorten the milestone"
    : "shorten the milestone, or raise max_weeks in roadmap.config.yaml";
}
