// status-mismatch: an epic's status and its stories' statuses tell different stories; one of
// them is stale, and the roll-up and the views disagree with what people believe.
import * as z from "zod/mini";
import type { Located } from "../../model/roadmap.js";
import type { Epic } from "../../model/schemas.js";
import { listIds } from "../plan.js";
import { defineRule, type RuleFinding } from "../rule.js";

const NOT_STARTED = new Set(["proposed", "planned"]);

export const statusMismatch = defineRule({
  id: "status-mismatch",
  description:
    "An epic done with stories not done; a story in progress in an epic not started; a dropped epic with stories in progress.",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap) {
    return roadmap.epics.flatMap(checkEpic);
  },
});

function checkEpic(epic: Located<Epic>): RuleFinding[] {
  const stories = epic.data.stories ?? [];
  const status = epic.data.status;
  if (status === "done") {
    const open = stories.filter((story) => story.status !== "done").map((story) => `"${story.id}"`);
    if (open.length === 0) return [];
    return [
      {
        file: epic.file,
        path: ["status"],
        at: "value",
        message: `epic "${epic.id}" is done but ${open.length === 1 ? "story" : "stories"} ${listIds(open)} ${open.length === 1 ? "is" : "are"} not`,
      },
    ];
  }
  if (status !== "dropped" && !NOT_STARTED.has(status)) return [];
  const findings: RuleFinding[] = [];
  stories.forEach((story, index) => {
    if (story.status !== "in-progress") return;
    findings.push({
      file: epic.file,
      path: ["stories", index, "status"],
      at: "value",
      message:
        status === "dropped"
          ? `story "${epic.id}/${story.id}" is in progress but its epic is dropped`
          : `story "${epic.id}/${story.id}" is in progress but its epic is ${status} (not started)`,
    });
  });
  return findings;
}
