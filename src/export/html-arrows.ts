// The dependency arrows of the HTML page's timeline (docs/export.md, "html"): from the end of each
// epic's bar to the epics that wait on it, drawn as inline SVG lines in the tracks they cross, so
// they stay on their rows whatever height a row takes (an opened epic pushes the rows below it
// down; its own details are simply not crossed). Red where the order is broken: the links
// model/dependencies.ts marks, which are exactly what the dependency-order rule reports.
import type { DependencyLink } from "../model/dependencies.js";
import { cssPercent } from "./html-text.js";

export interface ArrowRow {
  kind: "milestone" | "epic";
  id: string;
  /** Where the row's bar starts and ends across the window (0..100); undefined without a bar. */
  left: number | undefined;
  right: number | undefined;
}

/** The bar's top and bottom within its track, as the stylesheet draws it (percent of the track). */
const BAR_TOP = 20;
const BAR_BOTTOM = 80;

/**
 * SVG elements per row index. An arrow leaves its dependency's bar where that bar ends, runs down
 * (or up) to the waiting epic's row and enters its bar from the left when it starts later, or
 * from above (below) where the two overlap. The last piece of every arrow carries `data-from`
 * (the dependency), `data-to` (the epic that waits) and the arrowhead.
 */
export function drawArrows(rows: ArrowRow[], links: DependencyLink[]): Map<number, string[]> {
  const rowOf = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.kind === "epic" && row.left !== undefined) rowOf.set(row.id, index);
  });
  // A set per row: arrows leaving the same bar end, or passing at the same place, share a line.
  const pieces = new Map<number, Set<string>>();
  const add = (row: number, piece: string): void => {
    const set = pieces.get(row) ?? new Set<string>();
    set.add(piece);
    pieces.set(row, set);
  };
  for (const link of links) {
    const from = rowOf.get(link.dependency.id);
    const to = rowOf.get(link.epic.id);
    if (from === undefined || to === undefined) continue;
    const x = rows[from]!.right!;
    const start = rows[to]!.left!;
    const down = to > from;
    const kind = link.broken ? " broken" : "";
    const line = (x1: number, y1: number, x2: number, y2: number, extra = ""): string =>
      `<line class="dep-line${kind}" x1="${cssPercent(x1)}" y1="${y1}%" x2="${cssPercent(x2)}" y2="${y2}%"${extra}/>`;
    add(from, line(x, down ? BAR_BOTTOM : BAR_TOP, x, down ? 100 : 0));
    for (let row = Math.min(from, to) + 1; row < Math.max(from, to); row++) add(row, line(x, 0, x, 100));
    const arrow = ` class="dep${kind}" data-from="${link.dependency.id}" data-to="${link.epic.id}" marker-end="url(#dep-arrow${kind ? "-broken" : ""})"`;
    const entry = down ? 0 : 100;
    if (x < start - 0.01) {
      add(to, line(x, entry, x, 50));
      add(to, `<line${arrow} x1="${cssPercent(x)}" y1="50%" x2="${cssPercent(start)}" y2="50%"/>`);
    } else {
      add(
        to,
        `<line${arrow} x1="${cssPercent(x)}" y1="${entry}%" x2="${cssPercent(x)}" y2="${down ? BAR_TOP : BAR_BOTTOM}%"/>`,
      );
    }
  }
  return new Map([...pieces].map(([row, set]) => [row, [...set]]));
}
