// epic-without-stories: work that is planned or started should say what it delivers; an
// epic without stories cannot be estimated or rolled up by points.
import * as z from "zod/mini";
import { defineRule, type RuleFinding } from "../rule.js";

export const epicWithoutStories = defineRule({
  id: "epic-without-stories",
  description: "A planned or in-progress epic with no story.",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap) {
    return roadmap.epics
      .filter(
        (epic) =>
          (epic.data.status === "planned" || epic.data.status === "in-progress") &&
          (epic.data.stories ?? []).length === 0,
      )
      .map(
        (epic): RuleFinding => ({
          file: epic.file,
          path: ["status"],
          at: "value",
          message: `epic "${epic.id}" is ${epic.data.status} but has no stories`,
        }),
      );
  },
});
