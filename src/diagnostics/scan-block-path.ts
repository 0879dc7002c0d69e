// The fast path of locate(): finds a data path in block-style YAML by reading lines and
// indentation, without parsing. Road-map files are almost always plain block mappings and
// sequences, and parsing thousands of them with `yaml` again only for positions cost more than
// validating them (lint on a big road map; bench/README.md, "Figures behind the code"). Anything
// beyond that simple shape along the path (flow collections, anchors, tags, quoted or complex keys,
// block scalars, several documents) returns undefined, and the caller falls back to the full parse.
// Where it answers, it answers exactly as `Locator` does (scan-block-path.test.ts checks that on
// every node of the corpus).
import type { DataPath } from "./diagnostic.js";

interface Point {
  /** 0-based line and column (UTF-16 units, as `yaml` counts). */
  line: number;
  col: number;
}

/** Characters that start something the scanner does not follow (flow, anchors, tags, ...). */
const UNSUPPORTED_START = /^[[\]{}&*!|>%@`"'?]/;

export class BlockScanner {
  private readonly lines: string[];
  private readonly usable: boolean;
  private readonly keyIndexes = new Map<string, Map<string, number> | undefined>();
  private readonly itemIndexes = new Map<string, number[]>();

  constructor(text: string) {
    this.lines = text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
    this.usable = !text.startsWith("\uFEFF") && !/^(---|\.\.\.|%)/m.test(text);
  }

  /** 1-based line and column of the path's key or value, or undefined when unsure. */
  locate(path: DataPath, at: "key" | "value"): { line: number; column: number } | undefined {
    if (!this.usable || path.length === 0) return undefined;
    let node = this.nextContent(0);
    let key: Point | undefined;
    for (const step of path) {
      if (node === undefined) return undefined;
      const found = typeof step === "number" ? this.findItem(node, step) : this.findKey(node, step);
      if (found === undefined) return undefined;
      key = found.key;
      node = found.value;
    }
    const target = at === "key" ? key : node;
    return target === undefined ? undefined : { line: target.line + 1, column: target.col + 1 };
  }

  /** The entry `key` of the block mapping starting at `map`: its key and its value's start. */
  private findKey(map: Point, key: string): { key: Point; value: Point } | undefined {
    const line = this.keysOf(map)?.get(key);
    if (line === undefined) return undefined;
    const colon = findKeyColon(this.lines[line]!.slice(map.col))!;
    const value = this.valueAfter(line, map.col + colon + 1, map.col, true);
    return value && { key: { line, col: map.col }, value };
  }

  /**
   * The lines of a block mapping's keys, by key (the first of duplicates), indexed once per
   * mapping so that many findings in one file cost one pass over it. The keys up to the first
   * line the scanner does not follow: a key after it is not looked for (undefined, as when
   * absent), and the caller falls back to the full parse.
   */
  private keysOf(map: Point): Map<string, number> | undefined {
    const at = `${map.line}:${map.col}`;
    if (this.keyIndexes.has(at)) return this.keyIndexes.get(at);
    let keys: Map<string, number> | undefined;
    if (!this.isItemAt(map.line, map.col)) {
      keys = new Map();
      for (
        let line: number | undefined = map.line;
        line !== undefined;
        line = this.nextSibling(line, map.col, false)
      ) {
        const text = this.lines[line]!.slice(map.col);
        if (UNSUPPORTED_START.test(text)) break;
        const colon = findKeyColon(text);
        if (colon === undefined) break;
        const key = text.slice(0, colon).trimEnd();
        if (!keys.has(key)) keys.set(key, line);
      }
    }
    this.keyIndexes.set(at, keys);
    return keys;
  }

  /** Item `index` of the block sequence starting at `seq`: the item's start, twice (as Locator). */
  private findItem(seq: Point, index: number): { key: Point; value: Point } | undefined {
    const line = this.itemsOf(seq)[index];
    if (line === undefined) return undefined;
    const item = this.valueAfter(line, seq.col + 1, seq.col, false);
    return item ? { key: item, value: item } : undefined;
  }

  /** The lines of a block sequence's items, indexed once per sequence (as keysOf). */
  private itemsOf(seq: Point): number[] {
    const at = `${seq.line}:${seq.col}`;
    let items = this.itemIndexes.get(at);
    if (items === undefined) {
      items = [];
      for (
        let line: number | undefined = seq.line;
        line !== undefined && this.isItemAt(line, seq.col);
        line = this.nextSibling(line, seq.col, true)
      ) {
        items.push(line);
      }
      this.itemIndexes.set(at, items);
    }
    return items;
  }

  /**
   * Where the value after an indicator (`key:` or `-`) starts: on the same line, or on the
   * next content line when indented further (a sequence may also sit at the key's own
   * indentation). Undefined also for no value at all: `yaml` places that null just after the
   * indicator, a position not worth reproducing for so rare a case.
   */
  private valueAfter(
    line: number,
    from: number,
    indent: number,
    allowSameIndentSeq: boolean,
  ): Point | undefined {
    const text = this.lines[line]!;
    let col = from;
    while (text[col] === " ") col++;
    if (col < text.length && text[col] !== "#") {
      return UNSUPPORTED_START.test(text.slice(col)) && !/^["']/.test(text.slice(col))
        ? undefined
        : { line, col };
    }
    const next = this.nextContent(line + 1);
    if (next === undefined) return undefined;
    const deeper = next.col > indent;
    const sameIndentSeq = allowSameIndentSeq && next.col === indent && this.isItemAt(next.line, next.col);
    if (!deeper && !sameIndentSeq) return undefined;
    // A comment between the indicator and the value: the value's range is not worth guessing.
    if (next.line !== line + 1 && this.hasCommentBetween(line + 1, next.line)) return undefined;
    return UNSUPPORTED_START.test(this.lines[next.line]!.slice(next.col)) ? undefined : next;
  }

  /**
   * The next line at indentation `col` in the same collection: a mapping's next key, or a
   * sequence's next item. Deeper lines belong to the current entry; a shallower line ends it.
   */
  private nextSibling(line: number, col: number, items: boolean): number | undefined {
    for (let i = line + 1; i < this.lines.length; i++) {
      const indent = indentOf(this.lines[i]!);
      if (indent === undefined) continue;
      if (indent < 0 || indent < col) return undefined;
      if (indent > col) continue;
      const isItem = this.isItemAt(i, col);
      if (items) return isItem ? i : undefined;
      if (!isItem) return i;
    }
    return undefined;
  }

  /** The first content line from `line` on (blank and comment lines skipped). */
  private nextContent(line: number): Point | undefined {
    for (let i = line; i < this.lines.length; i++) {
      const indent = indentOf(this.lines[i]!);
      if (indent === undefined) continue;
      return indent < 0 ? undefined : { line: i, col: indent };
    }
    return undefined;
  }

  private hasCommentBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.lines[i]!.trimStart().startsWith("#")) return true;
    return false;
  }

  private isItemAt(line: number, col: number): boolean {
    const text = this.lines[line]!;
    return text[col] === "-" && (col + 1 === text.length || text[col + 1] === " ");
  }
}

/**
 * Indentation of a content line; undefined for blank and comment lines; -1 when a tab takes
 * part in the indentation (the scanner then gives up).
 */
function indentOf(line: string): number | undefined {
  let i = 0;
  while (line[i] === " ") i++;
  if (i === line.length || line[i] === "#") return undefined;
  return line[i] === "\t" ? -1 : i;
}

/** Index of the `:` that ends a plain key on this line, or undefined when there is none. */
function findKeyColon(text: string): number | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "#" && i > 0 && text[i - 1] === " ") return undefined;
    if (c === ":" && (i + 1 === text.length || text[i + 1] === " ")) return i;
  }
  return undefined;
}
