// dependency-order: an epic cannot finish before the work it depends on; such a schedule
// is wrong on its face. The rule is model/dependencies.ts's `broken` links, so every view that
// marks a broken order (timeline --deps, the HTML page, view deps) marks exactly these.
import * as z from "zod/mini";
import { dependencyLinks } from "../../model/dependencies.js";
import { defineRule, type RuleFinding } from "../rule.js";

export const dependencyOrder = defineRule({
  id: "dependency-order",
  description: "An epic scheduled to end before an epic it depends on ends.",
  defaultSeverity: "error",
  options: z.strictObject({}),
  check(roadmap) {
    return dependencyLinks(roadmap)
      .filter((link) => link.broken)
      .map(
        ({ epic, dependency, index, epicEnd, dependencyEnd }): RuleFinding => ({
          file: epic.file,
          path: ["depends_on", index],
          at: "value",
          message: `epic "${epic.id}" ends ${epicEnd}, before "${dependency.id}" it depends on ends (${dependencyEnd})`,
        }),
      );
  },
});
