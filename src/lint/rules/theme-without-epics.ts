// theme-without-epics: an active theme nobody works towards is either finished (retire or
// pause it) or a gap in the plan.
import * as z from "zod/mini";
import { groupPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const themeWithoutEpics = defineRule({
  id: "theme-without-epics",
  description: "An active theme with no epic (dropped epics do not count).",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap) {
    const epicsByTheme = groupPlannedEpics(roadmap, (epic) => epic.theme);
    return roadmap.themes
      .filter((theme) => theme.data.status === "active" && !epicsByTheme.has(theme.id))
      .map(
        (theme): RuleFinding => ({
          file: theme.file,
          path: ["title"],
          message: `theme "${theme.id}" is active but has no epic (add one, or set status: paused or retired)`,
        }),
      );
  },
});
