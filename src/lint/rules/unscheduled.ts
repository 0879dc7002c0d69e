// unscheduled (off by default): for teams that want every epic in a time box; an epic with
// no milestone has no date and no capacity behind it.
import * as z from "zod/mini";
import { listPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const unscheduled = defineRule({
  id: "unscheduled",
  description: "An epic (not dropped) that is in no milestone.",
  defaultSeverity: "off",
  options: z.strictObject({}),
  check(roadmap) {
    return listPlannedEpics(roadmap)
      .filter((epic) => epic.data.milestone === undefined)
      .map(
        (epic): RuleFinding => ({
          file: epic.file,
          path: ["title"],
          message: `epic "${epic.id}" is in no milestone`,
        }),
      );
  },
});
