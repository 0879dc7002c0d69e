// Strict YAML reading with a fast path. js-yaml (core schema) parses values an order of magnitude
// faster than `yaml`'s Document API (bench/README.md, "Figures behind the code"); when it rejects a
// file, `yaml` re-reads that one file to report every problem with its exact position
// (describe-yaml-errors.ts). Both reject duplicate keys, unknown tags and multi-document streams;
// js-yaml caps nesting at 100 levels but does not limit aliases, so their expansion is measured
// here (alias bombs, self-referring aliases).
import jsYaml from "js-yaml";
import type { Finding } from "../diagnostics/diagnostic.js";
import { measureAliasExpansion } from "./alias-expansion.js";
import { describeAliasBomb, describeAliasCycle, describeSyntaxErrors } from "./describe-yaml-errors.js";

/** Larger files are refused with a diagnostic rather than parsed (documented in docs/format.md). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Values a file may gain by aliases copying other values out. */
export const MAX_ALIAS_EXPANSION = 100_000;

export interface ParsedYaml {
  /** False when the file could not be read as YAML (the findings say why). */
  ok: boolean;
  /** The document's value (null for an empty document). */
  value: unknown;
  /** The decoded text, when the bytes were UTF-8 (kept for position look-ups). */
  text: string | undefined;
  findings: Finding[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

export function parseYamlFile(file: string, bytes: Uint8Array): ParsedYaml {
  if (bytes.length > MAX_FILE_BYTES) return failed(oversizeFinding(file, bytes.length));
  const wide = detectWideEncoding(bytes);
  if (wide !== undefined) return failed(yamlFinding(file, `file is ${wide} text; save it as UTF-8`));
  if (bytes.subarray(0, 8000).includes(0)) return failed(yamlFinding(file, "file is binary, not YAML text"));
  let text: string;
  try {
    text = normalizeLineBreaks(utf8.decode(bytes));
  } catch {
    return failed(describeBadEncoding(file, bytes));
  }
  return parseYamlText(file, text);
}

/**
 * A clean file's text is needed again only if a later check finds something in it (positions):
 * decoded again from the bytes then, rather than kept. A big road map's texts are as large as
 * its files, and keeping them costs the main thread ~15% more garbage collection.
 */
export function withTextFromBytes(parsed: Omit<ParsedYaml, "text">, bytes: Uint8Array): ParsedYaml {
  let text: string | undefined;
  return {
    ok: parsed.ok,
    value: parsed.value,
    findings: parsed.findings,
    get text() {
      text ??= normalizeLineBreaks(utf8.decode(bytes));
      return text;
    },
  };
}

/** parseYamlFile, but whatever the bytes, a finding and never an exception. */
export function parseYamlFileSafely(file: string, bytes: Uint8Array): ParsedYaml {
  try {
    return parseYamlFile(file, bytes);
  } catch (error) {
    const reason = error instanceof RangeError ? "the file is nested too deeply" : String(error);
    return failed(yamlFinding(file, `could not read YAML: ${reason}`));
  }
}

/** The fast path itself: js-yaml with the core schema (dates stay strings, docs/format.md). Throws on bad YAML. */
export function loadCoreYaml(text: string, file?: string): unknown {
  return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
}

/** Every alias needs an anchor; without both characters a text cannot hold an alias. */
export function mayHoldAliases(text: string): boolean {
  return text.includes("*") && text.includes("&");
}

export function parseYamlText(file: string, text: string): ParsedYaml {
  let value: unknown;
  try {
    value = loadCoreYaml(text, file);
  } catch (error) {
    return { ok: false, value: undefined, text, findings: describeSyntaxErrors(file, text, error) };
  }
  if (mayHoldAliases(text)) {
    const expansion = measureAliasExpansion(value);
    if (expansion.kind === "cycle") return failed(describeAliasCycle(file, text), text);
    if (expansion.added > MAX_ALIAS_EXPANSION) {
      return failed(describeAliasBomb(file, text, MAX_ALIAS_EXPANSION), text);
    }
  }
  return { ok: true, value: value ?? null, text, findings: [] };
}

/** The finding for a file over MAX_FILE_BYTES (also used by sources that see the size first). */
export function oversizeFinding(file: string, size: number): Finding {
  const mib = (size / 1024 / 1024).toFixed(1);
  return yamlFinding(
    file,
    `file is ${mib} MiB; road-map files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
  );
}

function yamlFinding(file: string, message: string, line = 0, column = 0): Finding {
  return { file, rule: "yaml-syntax", severity: "error", message, position: { line, column } };
}

function failed(finding: Finding, text?: string): ParsedYaml {
  return { ok: false, value: undefined, text, findings: [finding] };
}

/**
 * A lone CR (classic Mac OS line ending) is a line break in YAML, and js-yaml reads it so, but
 * `yaml` (fmt, positions) and every line count here go by LF: made LF on reading, one character
 * for one, so offsets stay. `fmt` writes such files with LF (docs/format.md).
 */
function normalizeLineBreaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}

/**
 * UTF-32 and UTF-16, by byte-order mark (UTF-32's starts like UTF-16's, so it is checked first),
 * or without one by where the zero bytes of ASCII text fall.
 */
function detectWideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return "UTF-32";
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return "UTF-32";
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return "UTF-16";
  const length = Math.min(bytes.length, 4000);
  const sample = bytes.subarray(0, length - (length % 4));
  // Text in UTF-8 holds no zero byte: one native search clears nearly every file before the
  // byte-by-byte count below, which runs on every file of a road map otherwise.
  if (sample.length < 4 || !sample.includes(0)) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i % 4]!++;
  const quarter = sample.length / 4;
  const allZero = (position: number) => zeros[position] === quarter;
  if ((allZero(1) && allZero(2) && allZero(3)) || (allZero(0) && allZero(1) && allZero(2))) return "UTF-32";
  if ((allZero(1) && allZero(3)) || (allZero(0) && allZero(2))) return "UTF-16";
  return undefined;
}

/** Points at the first byte that is not UTF-8, so the person can find it (often a Latin-1 "é"). */
function describeBadEncoding(file: string, bytes: Uint8Array): Finding {
  const text = lenientUtf8.decode(bytes);
  const bad = text.indexOf("\uFFFD");
  if (bad < 0) return yamlFinding(file, "file is not valid UTF-8 text; save it as UTF-8");
  const before = text.slice(0, bad);
  const line = before.split("\n").length;
  const column = bad - before.lastIndexOf("\n");
  return yamlFinding(file, "file is not valid UTF-8 text; save it as UTF-8", line, column);
}
