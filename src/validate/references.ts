// unknown-reference: every id an item names must exist (with a "did you mean" hint).
import type { Finding } from "../diagnostics/diagnostic.js";
import type { Roadmap } from "../model/roadmap.js";
import { didYouMean } from "../util/did-you-mean.js";

/**
 * Ids by kind of every file that claimed one, valid or not: a reference to an item whose
 * own file is broken is not reported twice.
 */
export interface KnownIds {
  theme: Map<string, string>;
  milestone: Map<string, string>;
  epic: Map<string, string>;
}

export function checkReferences(roadmap: Roadmap, known: KnownIds): Finding[] {
  const findings: Finding[] = [];
  const check = (file: string, path: (string | number)[], kind: keyof KnownIds, id: string): void => {
    if (known[kind].has(id)) return;
    findings.push({
      file,
      rule: "unknown-reference",
      severity: "error",
      message: `${kind} "${id}" does not exist${didYouMean(id, known[kind].keys())}`,
      path,
      at: "value",
    });
  };
  for (const milestone of roadmap.milestones) {
    if (milestone.data.theme !== undefined) check(milestone.file, ["theme"], "theme", milestone.data.theme);
  }
  for (const epic of roadmap.epics) {
    check(epic.file, ["theme"], "theme", epic.data.theme);
    if (epic.data.milestone !== undefined) check(epic.file, ["milestone"], "milestone", epic.data.milestone);
    epic.data.depends_on?.forEach((dependency, index) => {
      check(epic.file, ["depends_on", index], "epic", dependency);
    });
  }
  return findings;
}
