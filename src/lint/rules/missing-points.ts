// missing-points (off by default): for teams that estimate every story; a story without
// points counts 0 in capacity checks and the roll-up's points.
import * as z from "zod/mini";
import { listPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const missingPoints = defineRule({
  id: "missing-points",
  description: "A story (of an epic not dropped) without points.",
  defaultSeverity: "off",
  options: z.strictObject({}),
  check(roadmap) {
    const findings: RuleFinding[] = [];
    for (const epic of listPlannedEpics(roadmap)) {
      epic.data.stories?.forEach((story, index) => {
        if (story.points !== undefined) return;
        findings.push({
          file: epic.file,
          path: ["stories", index],
          message: `story "${epic.id}/${story.id}" has no points`,
        });
      });
    }
    return findings;
  },
});
