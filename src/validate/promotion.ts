// An idea's `promoted_to` goes with `status: promoted` (docs/edit.md): a promoted idea names the epic
// it became, and only a promoted idea names one. Both are `schema` errors (docs/format.md).
import type { Finding } from "../diagnostics/diagnostic.js";
import type { Idea } from "../model/schemas.js";

export function checkPromotion(file: string, idea: Idea): Finding[] {
  if (idea.status === "promoted" && idea.promoted_to === undefined) {
    return [
      {
        file,
        rule: "schema",
        severity: "error",
        message: 'missing required key "promoted_to": a promoted idea names the epic it became',
        path: ["status"],
        at: "value",
      },
    ];
  }
  if (idea.status !== "promoted" && idea.promoted_to !== undefined) {
    return [
      {
        file,
        rule: "schema",
        severity: "error",
        message: `"promoted_to" is only for promoted ideas (status is "${idea.status}"): set status: promoted, or remove promoted_to`,
        path: ["promoted_to"],
        at: "key",
      },
    ];
  }
  return [];
}
