// Terminal widths measured as the terminal draws them (string-width: CJK and emoji take two
// columns), never with `.length`. Every function works on plain text: views paint afterwards.
import stringWidth from "string-width";

const segmenter = new Intl.Segmenter();
// Printable ASCII is one cell a character. string-width's per-grapheme Unicode checks cost far
// more, so only runs of other characters go through it, and their widths are remembered (tree
// guides and status glyphs repeat on every line): a 653-epic tree went from 3.9 s to ~1 s.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const RUNS = /[\x20-\x7e]+|[^\x20-\x7e]+/g;
const MAX_CACHED = 10_000;
const runWidths = new Map<string, number>();

function runWidth(run: string): number {
  let width = runWidths.get(run);
  if (width === undefined) {
    width = stringWidth(run);
    if (runWidths.size >= MAX_CACHED) runWidths.clear();
    runWidths.set(run, width);
  }
  return width;
}

export function widthOf(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (const [run] of text.matchAll(RUNS)) width += PRINTABLE_ASCII.test(run) ? run.length : runWidth(run);
  return width;
}

/** The text cut to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (widthOf(text) <= width) return text;
  const room = width - 1;
  let result = "";
  let used = 0;
  for (const [run] of text.matchAll(RUNS)) {
    if (PRINTABLE_ASCII.test(run)) {
      const take = Math.min(run.length, room - used);
      result += run.slice(0, take);
      used += take;
      if (take < run.length) break;
      continue;
    }
    for (const { segment } of segmenter.segment(run)) {
      const cells = runWidth(segment);
      if (used + cells > room) return `${result}…`;
      result += segment;
      used += cells;
    }
  }
  return `${result}…`;
}

/** Cut to `width` columns, then padded with spaces to exactly `width`. */
export function fitTo(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + " ".repeat(Math.max(0, width - widthOf(cut)));
}

/** `42%`, rounded down so that 99.6% never reads as done. */
export function formatPercent(progress: number): string {
  return `${Math.floor(progress * 100)}%`;
}

/** A progress bar of `width` cells: full blocks, then light shade for the rest. */
export function progressBar(progress: number, width: number): string {
  const filled = Math.min(width, Math.max(0, Math.floor(progress * width)));
  return "█".repeat(filled) + "░".repeat(width - filled);
}

/**
 * The text broken into lines of at most `width` columns at spaces; a word longer than a line is
 * cut. Continuation lines keep the first line's indentation.
 */
export function wrap(text: string, width: number): string[] {
  if (widthOf(text) <= width) return [text];
  const indent = /^ */.exec(text)![0];
  const lines: string[] = [];
  let line = "";
  for (const word of text.trim().split(/ +/)) {
    const candidate =
      line === "" ? `${lines.length === 0 ? indent : `${indent}  `}${word}` : `${line} ${word}`;
    if (widthOf(candidate) <= width || line === "") {
      line = candidate;
    } else {
      lines.push(line);
      line = `${indent}  ${word}`;
    }
  }
  lines.push(line);
  return lines.map((part) => truncate(part, width));
}
