// Questions several rules ask of the road map. Dropped epics are out of the plan: no rule
// counts them except status-mismatch, which is about them (docs/rules.md).
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Epic } from "../model/schemas.js";

/** Epics that are part of the plan (not dropped), in id order. */
export function listPlannedEpics(roadmap: Roadmap): Located<Epic>[] {
  return roadmap.epics.filter((epic) => epic.data.status !== "dropped");
}

/** Planned epics grouped by a key (theme or milestone id); epics without the key are left out. */
export function groupPlannedEpics(
  roadmap: Roadmap,
  keyOf: (epic: Epic) => string | undefined,
): Map<string, Located<Epic>[]> {
  const groups = new Map<string, Located<Epic>[]>();
  for (const epic of listPlannedEpics(roadmap)) {
    const key = keyOf(epic.data);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(epic);
    else groups.set(key, [epic]);
  }
  return groups;
}

/** `a, b, c` or `a, b, c and 4 more`: lists in messages stay one readable line. */
export function listIds(ids: readonly string[], max = 5): string {
  if (ids.length <= max) return ids.join(", ");
  return `${ids.slice(0, max).join(", ")} and ${ids.length - max} more`;
}
