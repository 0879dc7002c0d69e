// Turns findings (data paths) into diagnostics (line and column). Only files that have
// findings are read again: first by a line scanner that follows plain block YAML (fast, and
// enough for nearly every road-map file), else parsed with `yaml`'s position-keeping Document
// API. The fast read path (js-yaml) keeps no positions, and most files never need them.
import type { LineCounter, Node } from "yaml";
import { cutText } from "../util/quote-value.js";
import { yamlLib } from "../util/yaml-lib.js";
import { compareDiagnostics, type DataPath, type Diagnostic, type Finding } from "./diagnostic.js";
import { BlockScanner } from "./scan-block-path.js";

/**
 * Messages quote values from files (cut where they are written: util/quote-value.ts); this is
 * the backstop for any message that still quotes one whole.
 */
const MAX_MESSAGE_LENGTH = 1000;

/** Text of a file by its road-map-relative path, if it can be read. */
export type TextLookup = (file: string) => string | undefined;

/** Positioned, sorted diagnostics (all of them: printers cap each file's list, cap-per-file.ts). */
export function locateFindings(findings: readonly Finding[], textOf: TextLookup): Diagnostic[] {
  const locators: Locators = { scanners: new Map(), parsed: new Map() };
  const diagnostics = findings.map((finding): Diagnostic => {
    const { line, column } = positionOf(finding, locators, textOf);
    return {
      file: finding.file,
      line,
      column,
      severity: finding.severity,
      rule: finding.rule,
      message: cutText(finding.message, MAX_MESSAGE_LENGTH),
    };
  });
  return diagnostics.sort(compareDiagnostics);
}

/** Per file: the line scanner, and the full parse only once the scanner could not answer. */
interface Locators {
  scanners: Map<string, BlockScanner | undefined>;
  parsed: Map<string, Locator | undefined>;
}

function positionOf(
  finding: Finding,
  locators: Locators,
  textOf: TextLookup,
): { line: number; column: number } {
  if (finding.position) return finding.position;
  if (finding.path === undefined) return { line: 0, column: 0 };
  const at = finding.at ?? "key";
  if (!locators.scanners.has(finding.file)) {
    const text = textOf(finding.file);
    locators.scanners.set(finding.file, text === undefined ? undefined : new BlockScanner(text));
  }
  const scanned = locators.scanners.get(finding.file)?.locate(finding.path, at);
  if (scanned !== undefined) return scanned;
  if (!locators.parsed.has(finding.file)) {
    locators.parsed.set(finding.file, createLocator(textOf(finding.file)));
  }
  return locators.parsed.get(finding.file)?.locate(finding.path, at) ?? { line: 0, column: 0 };
}

/** A position finder, or none when there is no text or `yaml` cannot read it either. */
function createLocator(text: string | undefined): Locator | undefined {
  if (text === undefined) return undefined;
  try {
    return new Locator(text);
  } catch {
    return undefined;
  }
}

/** Finds the position of a data path in one YAML text. */
export class Locator {
  private readonly lines: LineCounter;
  private readonly root: unknown;

  constructor(text: string) {
    const { LineCounter, parseDocument } = yamlLib();
    this.lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: false });
    this.root = doc.contents;
  }

  locate(path: DataPath, at: "key" | "value"): { line: number; column: number } {
    let node: unknown = this.root;
    let key: unknown;
    for (const step of path) {
      const next = stepInto(node, step);
      if (next === undefined) break;
      node = next.value;
      key = next.key;
    }
    const target = (at === "key" && key) || (isNode(node) ? node : key);
    const offset = isNode(target) ? target.range?.[0] : undefined;
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

type Step = { key: unknown; value: unknown };

/**
 * Each mapping's keys, indexed the first time a path steps into it: a file with 100,000 keys
 * and a finding on each is then read once, not once per finding.
 */
const keyIndexes = new WeakMap<object, Map<string, Step>>();

function stepInto(node: unknown, step: string | number): Step | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  if (isMap(node)) {
    let index = keyIndexes.get(node);
    if (index === undefined) {
      index = new Map();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = String(isScalar(pair.key) ? pair.key.value : pair.key);
        // The first of duplicate keys, as a search from the top finds it.
        if (!index.has(k)) index.set(k, { key: pair.key, value: pair.value ?? pair.key });
      }
      keyIndexes.set(node, index);
    }
    return index.get(String(step));
  }
  if (isSeq(node) && typeof step === "number") {
    const item = node.items[step];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && "range" in value;
}
