// milestone-theme-mismatch: a milestone scoped to one theme holding another theme's epic
// means the epic is filed under the wrong milestone or the wrong theme.
import * as z from "zod/mini";
import { listPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const milestoneThemeMismatch = defineRule({
  id: "milestone-theme-mismatch",
  description: "An epic in a milestone scoped to another theme.",
  defaultSeverity: "error",
  options: z.strictObject({}),
  check(roadmap) {
    const findings: RuleFinding[] = [];
    for (const epic of listPlannedEpics(roadmap)) {
      if (epic.data.milestone === undefined) continue;
      const milestoneTheme = roadmap.milestoneById.get(epic.data.milestone)?.data.theme;
      if (milestoneTheme === undefined || milestoneTheme === epic.data.theme) continue;
      findings.push({
        file: epic.file,
        path: ["milestone"],
        at: "value",
        message: `epic "${epic.id}" (theme "${epic.data.theme}") is in milestone "${epic.data.milestone}", which is scoped to theme "${milestoneTheme}"`,
      });
    }
    return findings;
  },
});
