// missing-acceptance: a story about to be built needs a way to tell when it is done. Tasks
// need one too unless the team says otherwise: the `kinds` option lists the kinds checked
// (docs/rules.md).
import * as z from "zod/mini";
import { kindOf } from "../../model/schemas.js";
import { storyKinds } from "../../model/value-sets.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const missingAcceptance = defineRule({
  id: "missing-acceptance",
  description:
    "A story not done, in a planned or in-progress epic, with no acceptance criteria (option kinds: which kinds of story are checked; default story and task).",
  defaultSeverity: "warn",
  options: z.strictObject({
    kinds: z._default(z.array(z.enum(storyKinds)), [...storyKinds]),
  }),
  check(roadmap, { options }) {
    const kinds: readonly string[] = options.kinds;
    const findings: RuleFinding[] = [];
    for (const epic of roadmap.epics) {
      if (epic.data.status !== "planned" && epic.data.status !== "in-progress") continue;
      epic.data.stories?.forEach((story, index) => {
        if (story.status === "done" || (story.acceptance ?? []).length > 0) return;
        if (!kinds.includes(kindOf(story))) return;
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
