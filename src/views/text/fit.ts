// Terminal widths measured as the terminal draws them (string-width: CJK and emoji take two
// columns), never with `.length`. Every function works on plain text: views paint afterwards.
// This is also where road-map text becomes terminal-safe (docs/guarantees.md, "Output"): every
// label a view cuts or fits comes out with its control characters shown escaped
// (util/terminal-text.ts), measured and cut as the escapes it shows, never cut inside one.
import stringWidth from "string-width";
import { escapeControl, isControl } from "../../util/terminal-text.js";

let segmenter: Intl.Segmenter | undefined;
// Printable ASCII is one cell a character. string-width's per-grapheme Unicode checks cost far
// more, so only runs of other characters go through it, and their widths are remembered (tree
// guides and status glyphs repeat on every line). Plain char-code loops, no regex or iterator
// allocation: a 5,000-epic tree (55,000 lines) measures hundreds of thousands of strings.
const MAX_CACHED = 10_000;

/**
 * The glyphs the views draw (tree guides, bars, markers, status signs): one column each, as
 * string-width says (fit.test.ts checks). A run made only of them needs neither Intl.Segmenter
 * nor string-width's emoji regex, whose first use alone is a noticeable part of every `roadmap show`.
 */
export const NARROW_GLYPHS = "─│├└┬┼┊█░▬▼▾▸○◐●✓✗⚠…→↑↓·—◆↳";
const narrowGlyphCodes = new Set([...NARROW_GLYPHS].map((glyph) => glyph.charCodeAt(0)));

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_RUN = /[\x20-\x7e]+/y;

function isAscii(code: number): boolean {
  return code >= 0x20 && code <= 0x7e;
}

/** Where the run of printable ASCII starting at `from` ends. */
function endOfAsciiRun(text: string, from: number): number {
  ASCII_RUN.lastIndex = from;
  ASCII_RUN.test(text);
  return ASCII_RUN.lastIndex;
}

/** Where the run of other characters (neither printable ASCII nor controls) starting at `from` ends. */
function endOfRun(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (isAscii(code) || isControl(code)) break;
    end++;
  }
  return end;
}

/** Columns the text takes as the views print it: a control character as its escape (`\e`: 2). */
export function widthOf(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (isAscii(code)) {
      const end = endOfAsciiRun(text, i);
      width += end - i;
      i = end;
    } else if (isControl(code)) {
      width += escapeControl(code).length;
      i++;
    } else {
      const end = endOfRun(text, i);
      for (const { cells } of graphemesOf(text.slice(i, end))) width += cells;
      i = end;
    }
  }
  return width;
}

/** The text cut to at most `width` columns, ending in "…" when something was cut; controls escaped. */
export function truncate(text: string, width: number): string {
  return fitWithin(text, width).text;
}

/** Cut to `width` columns, then padded with spaces to exactly `width`; controls escaped. */
export function fitTo(text: string, width: number): string {
  const fitted = fitWithin(text, width);
  return fitted.text + " ".repeat(Math.max(0, width - fitted.width));
}

/**
 * One pass over the text that stops as soon as it overflows (long titles are never measured to
 * their end): the text itself when it fits, else the longest start that leaves a column for "…".
 * A control character is written as its escape and kept or cut whole.
 */
function fitWithin(text: string, width: number): { text: string; width: number } {
  if (width <= 0) return { text: "", width: 0 };
  // Most labels are printable ASCII: one regex test (native code) instead of a loop in JS.
  if (PRINTABLE_ASCII.test(text)) {
    if (text.length <= width) return { text, width: text.length };
    return { text: `${text.slice(0, width - 1)}…`, width };
  }
  const fit = new Fitting(width);
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (isAscii(code)) {
      // A run of ASCII at once, one column a character.
      const end = endOfAsciiRun(text, i);
      const overflow = fit.addRun(text.slice(i, end));
      if (overflow !== undefined) return overflow;
      i = end;
    } else if (isControl(code)) {
      const overflow = fit.add(escapeControl(code), escapeControl(code).length);
      if (overflow !== undefined) return overflow;
      i++;
    } else {
      const end = endOfRun(text, i);
      for (const { segment, cells } of graphemesOf(text.slice(i, end))) {
        const overflow = fit.add(segment, cells);
        if (overflow !== undefined) return overflow;
      }
      i = end;
    }
  }
  return { text: fit.kept, width: fit.used };
}

/** The text kept so far, and the longest part of it that still leaves a column for "…". */
class Fitting {
  kept = "";
  used = 0;
  private cut = "";
  private cutWidth = 0;

  constructor(private readonly width: number) {}

  /** Keeps a piece that is cut whole or not at all; the cut text when it overflows. */
  add(piece: string, cells: number): { text: string; width: number } | undefined {
    if (this.used + cells > this.width) return { text: `${this.cut}…`, width: this.cutWidth + 1 };
    this.kept += piece;
    this.used += cells;
    if (this.used < this.width) {
      this.cut = this.kept;
      this.cutWidth = this.used;
    }
    return undefined;
  }

  /** Keeps a run of printable ASCII, which may be cut anywhere. */
  addRun(run: string): { text: string; width: number } | undefined {
    const fits = this.width - this.used;
    if (run.length > fits) {
      // The cut leaves one column for "…": the run's first fits - 1 characters stay.
      if (fits >= 1) return { text: `${this.kept}${run.slice(0, fits - 1)}…`, width: this.width };
      return { text: `${this.cut}…`, width: this.cutWidth + 1 };
    }
    this.kept += run;
    this.used += run.length;
    // The last place where a cut still leaves a column for "…".
    this.cut = this.used < this.width ? this.kept : this.kept.slice(0, -1);
    this.cutWidth = this.used < this.width ? this.used : this.used - 1;
    return undefined;
  }
}

const runGraphemes = new Map<string, { segment: string; cells: number }[]>();

/** A run of non-ASCII characters as graphemes with their widths, remembered (runs repeat). */
function graphemesOf(run: string): { segment: string; cells: number }[] {
  let graphemes = runGraphemes.get(run);
  if (graphemes === undefined) {
    graphemes = onlyNarrowGlyphs(run)
      ? [...run].map((segment) => ({ segment, cells: 1 }))
      : [...graphemeSegmenter().segment(run)].map(({ segment }) => ({
          segment,
          cells: stringWidth(segment),
        }));
    if (runGraphemes.size >= MAX_CACHED) runGraphemes.clear();
    runGraphemes.set(run, graphemes);
  }
  return graphemes;
}

/** Made on first use: constructing one loads ICU data. */
function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter();
  return segmenter;
}

function onlyNarrowGlyphs(run: string): boolean {
  for (let i = 0; i < run.length; i++) {
    if (!narrowGlyphCodes.has(run.charCodeAt(i))) return false;
  }
  return true;
}

/** A progress bar of `width` cells: full blocks, then light shade for the rest. */
export function progressBar(progress: number, width: number): string {
  const filled = Math.min(width, Math.max(0, Math.floor(progress * width)));
  return "█".repeat(filled) + "░".repeat(width - filled);
}

/**
 * The text broken into lines of at most `width` columns at spaces; a word longer than a line is
 * cut. Continuation lines keep the first line's indentation. Controls come out escaped.
 */
export function wrap(text: string, width: number): string[] {
  if (widthOf(text) <= width) return [truncate(text, width)];
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
