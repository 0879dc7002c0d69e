// untriaged-idea: an intake nobody looks at stops being used; an idea that waited more than
// max_days as `new` should be triaged (kept, declined or promoted) so its requester hears back.
import * as z from "zod/mini";
import { daysBetween } from "../../model/dates.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const untriagedIdea = defineRule({
  id: "untriaged-idea",
  description: "An idea still new more than max_days after it was submitted.",
  defaultSeverity: "warn",
  options: z.strictObject({
    max_days: z._default(z.int().check(z.minimum(0)), 14),
  }),
  check(roadmap, { today, options }) {
    const findings: RuleFinding[] = [];
    for (const idea of roadmap.ideas) {
      const submitted = idea.data.submitted;
      if (idea.data.status !== "new" || submitted === undefined) continue;
      const days = daysBetween(submitted, today);
      if (days <= options.max_days) continue;
      findings.push({
        file: idea.file,
        path: ["submitted"],
        at: "value",
        message: `idea "${idea.id}" has waited ${days} days since ${submitted} without triage (more than ${options.max_days}); set status: triaged, declined or promoted`,
      });
    }
    return findings;
  },
});
