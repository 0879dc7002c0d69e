// dependency-order: an epic cannot finish before the work it depends on; such a schedule
// is wrong on its face.
import * as z from "zod/mini";
import { epicDueDate } from "../../model/epic-dates.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const dependencyOrder = defineRule({
  id: "dependency-order",
  description: "An epic scheduled to end before an epic it depends on ends.",
  defaultSeverity: "error",
  options: z.strictObject({}),
  check(roadmap) {
    const findings: RuleFinding[] = [];
    for (const epic of roadmap.epics) {
      if (epic.data.status === "dropped") continue;
      const end = epicDueDate(epic.data, roadmap);
      if (end === undefined) continue;
      epic.data.depends_on?.forEach((id, index) => {
        const dependency = roadmap.epicById.get(id);
        if (dependency === undefined || dependency.data.status === "dropped") return;
        const dependencyEnd = epicDueDate(dependency.data, roadmap);
        if (dependencyEnd === undefined || end >= dependencyEnd) return;
        findings.push({
          file: epic.file,
          path: ["depends_on", index],
          at: "value",
          message: `epic "${epic.id}" ends ${end}, before "${id}" it depends on ends (${dependencyEnd})`,
        });
      });
    }
    return findings;
  },
});
