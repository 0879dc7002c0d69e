// dependency-cycle: epics' depends_on must form no cycle. Each cycle is reported once, on
// the first epic (by id) that is part of it, at the dependency that closes it. Read from each
// epic file's own values, so an epic that fails the schema for another reason still counts.
import type { Finding } from "../diagnostics/diagnostic.js";

/** Each epic's file and its depends_on as written (own-values.ts, readDependsOn). */
export type DependsOn = ReadonlyMap<string, { file: string; ids: readonly (string | undefined)[] }>;

export function checkDependencyCycles(dependsOn: DependsOn): Finding[] {
  const edges = new Map<string, string[]>();
  for (const [id, epic] of dependsOn) {
    edges.set(
      id,
      epic.ids.filter((target): target is string => target !== undefined && dependsOn.has(target)),
    );
  }
  const findings: Finding[] = [];
  for (const component of stronglyConnected(edges)) {
    const start = [...component].sort()[0]!;
    const cycle = shortestCycle(start, component, edges);
    if (cycle === undefined) continue;
    const epic = dependsOn.get(start)!;
    const index = epic.ids.indexOf(cycle[1]!);
    findings.push({
      file: epic.file,
      rule: "dependency-cycle",
      severity: "error",
      message: `dependency cycle: ${cycle.join(" -> ")}`,
      path: ["depends_on", index],
      at: "value",
    });
  }
  return findings;
}

/** Tarjan's algorithm, iterative so a long dependency chain cannot overflow the stack. */
function stronglyConnected(edges: Map<string, string[]>): Set<string>[] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: Set<string>[] = [];

  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work.at(-1)!;
      const successors = edges.get(frame.node) ?? [];
      if (frame.next < successors.length) {
        const next = successors[frame.next++]!;
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ node: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(next)!));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = new Set<string>();
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.add(member);
        } while (member !== frame.node);
        const selfLoop = (edges.get(frame.node) ?? []).includes(frame.node);
        if (component.size > 1 || selfLoop) components.push(component);
      }
    }
  }
  return components;
}

/** The shortest path start -> ... -> start inside the component (breadth-first). */
function shortestCycle(
  start: string,
  component: Set<string>,
  edges: Map<string, string[]>,
): string[] | undefined {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const next of [...(edges.get(node) ?? [])].sort()) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) {
          path.splice(1, 0, at);
        }
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return undefined;
}
