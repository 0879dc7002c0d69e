// declined-without-reason: a "no" without a why is asked again next quarter, and the requester
// hears nothing they can pass on; a declined idea records its `decision`.
import * as z from "zod/mini";
import { defineRule, type RuleFinding } from "../rule.js";

export const declinedWithoutReason = defineRule({
  id: "declined-without-reason",
  description: "A declined idea with no decision saying why.",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap) {
    const findings: RuleFinding[] = [];
    for (const idea of roadmap.ideas) {
      if (idea.data.status !== "declined" || (idea.data.decision ?? "").trim() !== "") continue;
      findings.push({
        file: idea.file,
        path: ["status"],
        at: "value",
        message: `idea "${idea.id}" is declined without a reason (add decision: why it was declined)`,
      });
    }
    return findings;
  },
});
