// js-yaml resolves an alias to a shared reference and sets no limit, so a 300-byte "billion
// laughs" file loads in milliseconds and then explodes whatever walks the result. This
// measures what the value would grow to if every alias were copied out, in time linear in
// the file (each shared node is measured once), and spots aliases that refer to themselves.

export type AliasExpansion =
  | { kind: "cycle" }
  /** `added`: values that exist only because an alias copies them. */
  | { kind: "measured"; added: number };

interface Frame {
  node: object;
  children: unknown[];
  next: number;
}

export function measureAliasExpansion(root: unknown): AliasExpansion {
  if (!isContainer(root)) return { kind: "measured", added: 0 };
  const expanded = new Map<object, number>();
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  let unique = 0;
  const enter = (node: object): void => {
    onPath.add(node);
    stack.push({ node, children: childrenOf(node), next: 0 });
  };
  enter(root);
  while (stack.length > 0) {
    const frame = stack.at(-1)!;
    if (frame.next < frame.children.length) {
      const child = frame.children[frame.next++];
      if (isContainer(child) && !expanded.has(child)) {
        if (onPath.has(child)) return { kind: "cycle" };
        enter(child);
      }
      continue;
    }
    stack.pop();
    onPath.delete(frame.node);
    let size = 1;
    unique++;
    for (const child of frame.children) {
      if (isContainer(child)) size += expanded.get(child)!;
      else {
        size++;
        unique++;
      }
    }
    expanded.set(frame.node, size);
  }
  return { kind: "measured", added: expanded.get(root)! - unique };
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function childrenOf(node: object): unknown[] {
  return Array.isArray(node) ? node : Object.values(node);
}
