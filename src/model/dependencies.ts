// What waits on what (`depends_on`, SPEC 2) and whether the schedule respects it: the one home
// of the `dependency-order` rule's logic (SPEC 6), read by the rule itself, the timeline views,
// the HTML page's arrows, the Mermaid export and `show --view deps` (docs/views.md).
import { epicDueDate } from "./epic-dates.js";
import type { Located, Roadmap } from "./roadmap.js";
import type { Epic } from "./schemas.js";

/** One `depends_on` entry that names an epic the road map knows. */
export interface DependencyLink {
  /** The epic that waits. */
  epic: Located<Epic>;
  /** The epic it waits on. */
  dependency: Located<Epic>;
  /** The entry's index in the waiting epic's `depends_on`. */
  index: number;
  /**
   * The order is broken: both epics are live (not dropped) and scheduled, and the waiting one is
   * due before the one it waits on (SPEC 6, `dependency-order`).
   */
  broken: boolean;
}

/** Every link of the road map, by waiting epic (id order) then `depends_on` order. */
export function dependencyLinks(roadmap: Roadmap): DependencyLink[] {
  return roadmap.epics.flatMap((epic) => linksOf(epic, roadmap));
}

/** The links of one epic to the known epics it depends on, in `depends_on` order. */
export function linksOf(epic: Located<Epic>, roadmap: Roadmap): DependencyLink[] {
  const links: DependencyLink[] = [];
  epic.data.depends_on?.forEach((id, index) => {
    const dependency = roadmap.epicById.get(id);
    if (dependency === undefined) return;
    links.push({ epic, dependency, index, broken: isOrderBroken(epic.data, dependency.data, roadmap) });
  });
  return links;
}

/** The links of the epics that depend on this one (id order). */
export function dependentsOf(epic: Located<Epic>, roadmap: Roadmap): DependencyLink[] {
  return dependencyLinks(roadmap).filter((link) => link.dependency.id === epic.id);
}

/**
 * An epic cannot finish before the work it depends on: broken when both are live and scheduled
 * and the waiting epic's due date is earlier. Dropped or unscheduled epics break no order.
 */
function isOrderBroken(epic: Epic, dependency: Epic, roadmap: Roadmap): boolean {
  if (epic.status === "dropped" || dependency.status === "dropped") return false;
  const end = epicDueDate(epic, roadmap);
  const dependencyEnd = epicDueDate(dependency, roadmap);
  return end !== undefined && dependencyEnd !== undefined && end < dependencyEnd;
}

/** A link still waited for: the waiting epic is live and not done, its dependency not done. */
export function isUnmet(link: DependencyLink): boolean {
  const waiting = link.epic.data.status;
  return waiting !== "done" && waiting !== "dropped" && link.dependency.data.status !== "done";
}
