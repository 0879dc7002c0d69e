// What waits on what (`depends_on`, docs/format.md) and whether the schedule respects it: the one home
// of the `dependency-order` rule's logic (docs/rules.md), read by the rule itself, the timeline views,
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
   * due before the one it waits on (docs/rules.md, `dependency-order`).
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
    // docs/rules.md, dependency-order: dropped or unscheduled epics break no order.
    const broken = live && epicEnd !== undefined && dependencyEnd !== undefined && epicEnd < dependencyEnd;
    links.push({ epic, dependency, index, epicEnd, dependencyEnd, broken });
  });
  return links;
}

/** Every link, and each epic's links both ways, read once for a view that asks for many epics. */
export interface DependencyIndex {
  links: DependencyLink[];
  /** The links of an epic to what it waits on, in `depends_on` order. */
  waitsOn(epicId: string): DependencyLink[];
  /** The links of the epics that wait on an epic, by waiting epic's id. */
  waitedOnBy(epicId: string): DependencyLink[];
}

export function indexDependencies(roadmap: Roadmap): DependencyIndex {
  const links = dependencyLinks(roadmap);
  const waitsOn = new Map<string, DependencyLink[]>();
  const waitedOnBy = new Map<string, DependencyLink[]>();
  for (const link of links) {
    waitsOn.set(link.epic.id, [...(waitsOn.get(link.epic.id) ?? []), link]);
    waitedOnBy.set(link.dependency.id, [...(waitedOnBy.get(link.dependency.id) ?? []), link]);
  }
  return {
    links,
    waitsOn: (id) => waitsOn.get(id) ?? [],
    waitedOnBy: (id) => waitedOnBy.get(id) ?? [],
  };
}

/** A link still waited for: the waiting epic is live and not done, its dependency not done. */
export function isUnmet(link: DependencyLink): boolean {
  const waiting = link.epic.data.status;
  return waiting !== "done" && waiting !== "dropped" && link.dependency.data.status !== "done";
}
