// missing-outcome: shipping is not the goal; a done epic should record the impact it had,
// so the road map learns from what it delivered.
import * as z from "zod/mini";
import { defineRule, type RuleFinding } from "../rule.js";

export const missingOutcome = defineRule({
  id: "missing-outcome",
  description: "A done epic with no outcome.actual.",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap) {
    const findings: RuleFinding[] = [];
    for (const epic of roadmap.epics) {
      if (epic.data.status !== "done" || epic.data.outcome?.actual !== undefined) continue;
      findings.push({
        file: epic.file,
        ...(epic.data.outcome === undefined
          ? { path: ["status"], at: "value" as const }
          : { path: ["outcome"], at: "key" as const }),
        message:
          epic.data.outcome === undefined
            ? `epic "${epic.id}" is done but records no outcome (add outcome: {metric, target, actual})`
            : `epic "${epic.id}" is done but its outcome has no actual value`,
      });
    }
    return findings;
  },
});
