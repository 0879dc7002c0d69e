// story-format: "As a <user>, I want <capability> so that <benefit>" keeps a story about
// who gains what and why, not about a task. Stories marked `kind: task` ("RFC decision",
// "stabilize") are tasks by their own account and are not checked (docs/format.md).
import * as z from "zod/mini";
import { kindOf } from "../../model/schemas.js";
import { listPlannedEpics } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

/** Commas optional, any case: "As an admin I want SSO, so that ..." passes too. */
const DEFAULT_STORY_PATTERN = String.raw`^\s*as an? \S.*?,?\s+i want\s+\S.*?,?\s+so that\s+\S`;

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

export const storyFormat = defineRule({
  id: "story-format",
  description:
    'A story title not of the form "As a ..., I want ... so that ..." (or the configured pattern); tasks (kind: task) are exempt.',
  defaultSeverity: "warn",
  options: z.strictObject({
    pattern: z._default(
      z.string().check(z.refine(compiles, { error: "must be a valid regular expression" })),
      DEFAULT_STORY_PATTERN,
    ),
  }),
  check(roadmap, { options }) {
    const pattern = new RegExp(options.pattern, "is");
    const findings: RuleFinding[] = [];
    for (const epic of listPlannedEpics(roadmap)) {
      epic.data.stories?.forEach((story, index) => {
        if (kindOf(story) === "task" || pattern.test(story.title)) return;
        findings.push({
          file: epic.file,
          path: ["stories", index, "title"],
          at: "value",
          message: `story "${epic.id}/${story.id}" is not written "As a ..., I want ... so that ..."`,
        });
      });
    }
    return findings;
  },
});
