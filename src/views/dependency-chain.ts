// The chain of what an epic waits on (its `depends_on`, theirs, and so on) or of what waits on
// it, for `roadmap show --view deps <epic>` (docs/views.md, "Dependencies"). Each epic on the
// chain carries the latest end date on the paths below it; the critical path follows the
// latest end at every step. Pure: dates come from model/epic-dates.ts, order checks from
// model/dependencies.ts (the dependency-order rule's own logic).
import { type DependencyLink, indexDependencies } from "../model/dependencies.js";
import { type DateRange, epicDates } from "../model/epic-dates.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Epic } from "../model/schemas.js";

export type ChainDirection = "waits-on" | "waited-on-by";

export interface ChainNode {
  epic: Located<Epic>;
  /** Its dates (docs/views.md); undefined when it is unscheduled. */
  dates: DateRange | undefined;
  /**
   * The latest end among this epic and every live epic below it on the chain, with the epic that
   * ends then; undefined when none of them has dates. A dropped epic ends nothing.
   */
  latest: { end: string; epic: Located<Epic> } | undefined;
  links: ChainLink[];
}

export interface ChainLink {
  /** The order between the two epics is broken (what `lint` reports as dependency-order). */
  broken: boolean;
  node: ChainNode;
}

/**
 * The epic and the chain in one direction. Epics reached by two paths are one node (the chain is
 * a graph; views print a repeated epic once). A `depends_on` cycle (a validation error) ends the
 * chain where it closes.
 */
export function buildChain(roadmap: Roadmap, epic: Located<Epic>, direction: ChainDirection): ChainNode {
  const index = indexDependencies(roadmap);
  const next = (id: string): DependencyLink[] =>
    direction === "waits-on" ? index.waitsOn(id) : index.waitedOnBy(id);
  const nodes = new Map<string, ChainNode>();
  const visit = (current: Located<Epic>): ChainNode => {
    const known = nodes.get(current.id);
    if (known !== undefined) return known;
    const dates = epicDates(current.data, roadmap);
    const live = current.data.status !== "dropped";
    const node: ChainNode = {
      epic: current,
      dates,
      latest: live && dates !== undefined ? { end: dates.end, epic: current } : undefined,
      links: [],
    };
    nodes.set(current.id, node);
    // A dropped epic is the end of its chain: nothing it waits on holds anything up.
    if (!live) return node;
    for (const link of next(current.id)) {
      const child = visit(direction === "waits-on" ? link.dependency : link.epic);
      node.links.push({ broken: link.broken, node: child });
      if (child.latest !== undefined && (node.latest === undefined || child.latest.end > node.latest.end)) {
        node.latest = child.latest;
      }
    }
    return node;
  };
  return visit(epic);
}

/**
 * The critical path: from the epic to the linked epic whose chain ends latest, then on through
 * the epics that carry that latest end, down to the one that ends then (the first link in
 * `depends_on` order on a tie). The epic's own end is not part of the race: the path says what
 * the epic waits for (or what waits for it) longest. Just the epic when nothing linked has dates.
 */
export function criticalPath(root: ChainNode): ChainNode[] {
  const path = [root];
  const seen = new Set([root.epic.id]);
  let step = latestLink(root, undefined, seen);
  while (step !== undefined) {
    path.push(step);
    seen.add(step.epic.id);
    if (step.latest!.epic.id === step.epic.id) break;
    step = latestLink(step, step.latest!.end, seen);
  }
  return path;
}

/** The linked epic with the latest end (or the first one ending on `end`), not yet on the path. */
function latestLink(node: ChainNode, end: string | undefined, seen: Set<string>): ChainNode | undefined {
  let best: ChainNode | undefined;
  for (const { node: child } of node.links) {
    if (child.latest === undefined || seen.has(child.epic.id)) continue;
    if (end !== undefined ? child.latest.end === end : child.latest.end > (best?.latest?.end ?? "")) {
      best = child;
      if (end !== undefined) break;
    }
  }
  return best;
}
