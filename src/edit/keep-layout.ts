// A file that is not in fmt's layout keeps its own layout outside the lines an edit changes
// (docs/edit.md, "What an edit keeps"). The Document API writes a whole file in one layout; so
// the edited file is written twice, before and after the edit, and only the lines that differ
// between those two replace their counterparts in the original text. Lines next to a change
// that the original writes differently are taken in fmt's layout with it.
import { diffArrays } from "diff";
import { pushAll } from "../util/spread-free.js";

interface Hunk {
  /** Lines [start, end) of the layout before the edit... */
  start: number;
  end: number;
  /** ...become these. */
  lines: string[];
}

/**
 * The original text with the edit applied: `before` and `after` are the document written in
 * fmt's layout without and with the edit. Undefined when the lines cannot be matched up.
 */
export function applyToOriginal(original: string, before: string, after: string): string | undefined {
  if (original === before) return after;
  const o = original.split("\n");
  const r0 = before.split("\n");
  const { toOriginal, rewritten } = alignLines(r0, o);
  const out: string[] = [];
  let copied = 0;
  for (const hunk of widen(hunksBetween(r0, after.split("\n")), toOriginal, rewritten, r0)) {
    const from = hunk.start === 0 ? 0 : (toOriginal[hunk.start - 1] as number) + 1;
    const to = hunk.end === r0.length ? o.length : (toOriginal[hunk.end] as number);
    if (from < copied || to < from) return undefined;
    pushAll(pushAll(out, o.slice(copied, from)), hunk.lines);
    copied = to;
  }
  pushAll(out, o.slice(copied));
  return out.join("\n");
}

/**
 * For each line of `a`, the line of `b` it stands for: an equal line, or, where `b` writes a run
 * of lines otherwise and as many of them, the line at the same place in that run. Lines with no
 * counterpart are marked `rewritten` when `b` has other lines in their place (not when `b` simply
 * lacks them, like a blank line only one side has).
 */
function alignLines(a: string[], b: string[]): { toOriginal: (number | undefined)[]; rewritten: boolean[] } {
  const toOriginal: (number | undefined)[] = new Array(a.length);
  const rewritten: boolean[] = new Array(a.length).fill(false);
  const parts = diffArrays(a, b);
  let i = 0;
  let j = 0;
  for (const [index, part] of parts.entries()) {
    if (part.added) {
      j += part.count;
      continue;
    }
    if (!part.removed) {
      for (let k = 0; k < part.count; k++) toOriginal[i++] = j++;
      continue;
    }
    // diffArrays lists a replaced run as removed, then added.
    const added = parts[index + 1]?.added ? parts[index + 1] : undefined;
    for (let k = 0; k < part.count; k++) {
      if (added?.count === part.count) toOriginal[i] = j + k;
      rewritten[i++] = added !== undefined || parts[index - 1]?.added === true;
    }
  }
  return { toOriginal, rewritten };
}

/** Runs of removed and added lines between equal ones. */
function hunksBetween(a: string[], b: string[]): Hunk[] {
  const hunks: Hunk[] = [];
  let at = 0;
  let open: Hunk | undefined;
  for (const part of diffArrays(a, b)) {
    if (!part.added && !part.removed) {
      open = undefined;
      at += part.count;
      continue;
    }
    if (open === undefined) {
      open = { start: at, end: at, lines: [] };
      hunks.push(open);
    }
    if (part.added) pushAll(open.lines, part.value);
    else {
      at += part.count;
      open.end = at;
    }
  }
  return hunks;
}

/**
 * Grows each hunk over neighbouring lines the original does not have as they are: a line it
 * writes otherwise is taken in fmt's layout, a line it does not have at all is left out.
 * Hunks that then meet are merged.
 */
function widen(
  hunks: Hunk[],
  toOriginal: (number | undefined)[],
  rewritten: boolean[],
  r0: string[],
): Hunk[] {
  const widened: Hunk[] = [];
  for (const hunk of hunks) {
    const grown = { start: hunk.start, end: hunk.end, lines: [...hunk.lines] };
    while (grown.start > 0 && toOriginal[grown.start - 1] === undefined) {
      grown.start--;
      if (rewritten[grown.start]) grown.lines.unshift(r0[grown.start] as string);
    }
    while (grown.end < r0.length && toOriginal[grown.end] === undefined) {
      if (rewritten[grown.end]) grown.lines.push(r0[grown.end] as string);
      grown.end++;
    }
    const last = widened.at(-1);
    if (last !== undefined && grown.start <= last.end) {
      pushAll(last.lines, grown.lines);
      last.end = Math.max(last.end, grown.end);
    } else {
      widened.push(grown);
    }
  }
  return widened;
}
