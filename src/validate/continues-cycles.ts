// dependency-cycle, for `continues`: an epic carries on an earlier one (docs/review.md), so following
// `continues` from any epic must end, never come back. Each epic continues at most one other,
// so every cycle is one simple loop: reported once, on its first epic by id, at `continues`.
import type { Finding } from "../diagnostics/diagnostic.js";
import type { Roadmap } from "../model/roadmap.js";

export function checkContinuesCycles(roadmap: Roadmap): Finding[] {
  const findings: Finding[] = [];
  /** Epics already known to lead to no cycle, or into one already reported. */
  const settled = new Set<string>();
  for (const epic of roadmap.epics) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | undefined = epic.id;
    while (at !== undefined && !settled.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      const next: string | undefined = roadmap.epicById.get(at)?.data.continues;
      at = next !== undefined && roadmap.epicById.has(next) ? next : undefined;
    }
    if (at !== undefined && onPath.has(at)) findings.push(cycleFinding(roadmap, path.slice(onPath.get(at))));
    for (const id of path) settled.add(id);
  }
  return findings;
}

function cycleFinding(roadmap: Roadmap, loop: string[]): Finding {
  // Start the loop at its first id, so the message and the place do not depend on where the walk began.
  const first = [...loop].sort()[0]!;
  const index = loop.indexOf(first);
  const ordered = [...loop.slice(index), ...loop.slice(0, index)];
  return {
    file: roadmap.epicById.get(first)!.file,
    rule: "dependency-cycle",
    severity: "error",
    message: `continues cycle: ${[...ordered, first].join(" -> ")}`,
    path: ["continues"],
    at: "value",
  };
}
