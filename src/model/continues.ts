// `continues` (docs/review.md): an epic carries on an earlier one. The chain it leads back along is
// what `log <id>` follows and what review's stale check reads (docs/format.md).
import type { Roadmap } from "./roadmap.js";

/** The epics `id` continues, nearest first: its `continues`, that one's, and so on (a loop stops). */
export function continuesChain(roadmap: Roadmap, id: string): string[] {
  const chain: string[] = [];
  const seen = new Set([id]);
  for (let at = roadmap.epicById.get(id)?.data.continues; at !== undefined && !seen.has(at); ) {
    chain.push(at);
    seen.add(at);
    at = roadmap.epicById.get(at)?.data.continues;
  }
  return chain;
}

/** The epics that continue `id`, by id. */
export function continuedBy(roadmap: Roadmap, id: string): string[] {
  return roadmap.epics.filter((epic) => epic.data.continues === id).map((epic) => epic.id);
}
