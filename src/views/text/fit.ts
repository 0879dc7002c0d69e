// Terminal widths measured as the terminal draws them (string-width: CJK and emoji take two
// columns), never with `.length`. Every function works on plain text: views paint afterwards.
import stringWidth from "string-width";

const segmenter = new Intl.Segmenter();

export function widthOf(text: string): number {
  return stringWidth(text);
}

/** The text cut to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (widthOf(text) <= width) return text;
  let result = "";
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const w = widthOf(segment);
    if (used + w > width - 1) break;
    result += segment;
    used += w;
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
