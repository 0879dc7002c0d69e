// missing-acceptance: a story about to be built needs a way to tell when it is done.
import * as z from "zod/mini";
import { defineRule, type RuleFinding } from "../rule.js";

export const missingAcceptance = defineRule({
  id: "missing-acceptance",
  description: "A story not done, in a planned or in-progress epic, with no acceptance criteria.",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap) {
    const findings: RuleFinding[] = [];
    for (const epic of roadmap.epics) {
      if (epic.data.status !== "planned" && epic.data.status !== "in-progress") continue;
      epic.data.stories?.forEach((story, index) => {
        if (story.status === "done" || (story.acceptance ?? []).length > 0) return;
        findings.push({
          file: epic.file,
          path: ["stories", index],
          message: `story "${epic.id}/${story.id}" has no acceptance criteria`,
        });
      });
    }
    return findings;
  },
});
