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
  /** Due dates (model/epic-dates.ts) of the waiting epic and of its dependency, when scheduled. */
  epicEnd: string | undefined;
  dependencyEnd: string | undefined;
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
    const epicEnd = epicDueDate(epic.data, roadmap);
    const dependencyEnd = epicDueDate(dependency.data, roadmap);
    const live = epic.data.status !== "dropped" && dependency.data.status !== "dropped";
    // SPEC 6, dependency-order: dropped or unscheduled epics break no order.
    const broken = live && epicEnd !== undefined && dependencyEnd !== undefined && epicEnd < dependencyEnd;
    links.push({ epic, dependency, index, epicEnd, dependencyEnd, broken });
  });
  return links;
}

/** The links of the epics that depend on this one (id order). */
export function dependentsOf(epic: Located<Epic>, roadmap: Roadmap): DependencyLink[] {
  return dependencyLinks(roadmap).filter((link) => link.dependency.id === epic.id);
}

/** A link still waited for: the waiting epic is live and not done, its dependency not done. */
export function isUnmet(link: DependencyLink): boolean {
  const waiting = link.epic.data.status;
  return waiting !== "done" && waiting !== "dropped" && link.dependency.data.status !== "done";
}
