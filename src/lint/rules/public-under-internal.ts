// public-under-internal: an item marked `visibility: public` that a public road map leaves out
// anyway, because its theme or milestone is internal (docs/audiences.md): the author meant to
// publish it and would otherwise only notice on the website.
import * as z from "zod/mini";
import { visibilityOf } from "../../audience/visibility.js";
import type { Located } from "../../model/roadmap.js";
import type { Visibility } from "../../model/schemas.js";
import { defineRule, type RuleFinding } from "../rule.js";

type Visible = Located<{ visibility?: Visibility | undefined }>;

export const publicUnderInternal = defineRule({
  id: "public-under-internal",
  description:
    "A milestone or epic marked public under an internal theme or milestone (public road maps leave it out).",
  defaultSeverity: "warn",
  options: z.strictObject({}),
  check(roadmap) {
    const findings: RuleFinding[] = [];
    const check = (kind: string, item: Visible, parents: [string, Visible | undefined][]): void => {
      if (item.data.visibility !== "public") return;
      for (const [parentKind, parent] of parents) {
        if (parent === undefined || visibilityOf(parent.data, roadmap) === "public") continue;
        findings.push({
          file: item.file,
          path: ["visibility"],
          at: "value",
          message: `${kind} "${item.id}" is marked public but its ${parentKind} "${parent.id}" is internal, so public road maps leave it out`,
        });
        return;
      }
    };
    const theme = (id: string | undefined) => (id === undefined ? undefined : roadmap.themeById.get(id));
    for (const milestone of roadmap.milestones) {
      check("milestone", milestone, [["theme", theme(milestone.data.theme)]]);
    }
    for (const epic of roadmap.epics) {
      const milestone =
        epic.data.milestone === undefined ? undefined : roadmap.milestoneById.get(epic.data.milestone);
      check("epic", epic, [
        ["theme", theme(epic.data.theme)],
        ["milestone", milestone],
      ]);
    }
    return findings;
  },
});
