// `fmt` for one file: bytes in, canonical text out, or the reasons it cannot be formatted.
// Plain files are formatted from js-yaml's value (canonical-text.ts) without building a yaml
// Document, which costs several times more.
// A file that does not parse is never formatted (docs/guarantees.md): the same strict reader as
// `validate` decides, so fmt refuses exactly the files validate reports as yaml-syntax,
// duplicate-key, binary, not UTF-8, too large or an alias bomb. A file that parses but has
// schema errors is formatted anyway, like prettier formats any code that parses.
import { isDeepStrictEqual } from "node:util";
import type { Document } from "yaml";
import type { Finding } from "../diagnostics/diagnostic.js";
import { type ParsedYaml, parseYamlFile, parseYamlText } from "../parse/parse-yaml.js";
import { writeCanonicalText } from "./canonical-text.js";
import { formatDocument, parseForFormat } from "./format-document.js";
import { type FormatKind, holdsIdsAt, type KeyOrder, keyOrders, nestedOrder } from "./key-order.js";

export type FormatResult = { ok: true; text: string; changed: boolean } | { ok: false; findings: Finding[] };

/** `parsed`: the file already read by the strict reader (load/read-sources.ts). */
export function formatFile(
  file: string,
  kind: FormatKind,
  bytes: Uint8Array,
  parsed: ParsedYaml = parseYamlFile(file, bytes),
): FormatResult {
  if (!parsed.ok || parsed.text === undefined) return { ok: false, findings: parsed.findings };
  const text = parsed.text;
  const order = keyOrders[kind];
  const quick = hasByteOrderMark(bytes) ? undefined : writeCanonicalText(text, parsed.value, order);
  if (quick !== undefined) return { ok: true, text: quick, changed: quick !== decodedOriginal(bytes, text) };
  const doc = parseForFormat(text);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      findings: doc.errors.map((error) => ({
        file,
        rule: "yaml-syntax",
        severity: "error",
        message: error.message.split("\n")[0]!,
        position: error.linePos
          ? { line: error.linePos[0].line, column: error.linePos[0].col }
          : { line: 1, column: 1 },
      })),
    };
  }
  // An empty file, or one holding only comments, has no layout to fix.
  if (doc.contents === null) return { ok: true, text, changed: false };
  const formatted = formatSafely(doc, order);
  if (typeof formatted !== "string") return { ok: false, findings: [unsafeFinding(file, formatted.cause)] };
  const cause = changeIn(formatted, parsed.value, order);
  if (cause !== undefined) return { ok: false, findings: [unsafeFinding(file, cause)] };
  return { ok: true, text: formatted, changed: formatted !== decodedOriginal(bytes, text) };
}

/** yaml refuses to write an alias that reordering moved above its anchor. */
function formatSafely(doc: Document, order: KeyOrder | undefined): string | { cause: string } {
  try {
    return formatDocument(doc, order);
  } catch (error) {
    const message = (error as Error).message;
    return {
      cause: /alias/i.test(message)
        ? `reordering the keys would move an alias above its anchor (${message})`
        : `the formatted text could not be written (${message})`,
    };
  }
}

/**
 * The last check before anything is written: the new text must read back to the same value,
 * except for the one change fmt makes on purpose, an id written as a number now quoted.
 * Undefined when it does, else what would change.
 */
function changeIn(formatted: string, value: unknown, order: KeyOrder | undefined): string | undefined {
  const reread = parseYamlText("", formatted);
  if (!reread.ok) return `the formatted text would not read back (${reread.findings[0]?.message ?? "?"})`;
  const where = firstDifference(withIdsQuoted(value, reread.value, order), reread.value, []);
  return where === undefined ? undefined : `the value at ${where} would change`;
}

/** `value` with each number at an id key replaced by the text it became, when that is its writing. */
function withIdsQuoted(value: unknown, reread: unknown, order: KeyOrder | undefined): unknown {
  if (Array.isArray(value)) {
    return value.map((item, index) =>
      withIdsQuoted(item, Array.isArray(reread) ? reread[index] : undefined, order),
    );
  }
  if (!isRecord(value) || !isRecord(reread)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const after = Object.hasOwn(reread, key) ? reread[key] : undefined;
    copy[key] = holdsIdsAt(order, key)
      ? quotedAs(item, after)
      : withIdsQuoted(item, after, nestedOrder(order, key));
  }
  return copy;
}

function quotedAs(value: unknown, after: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item, index) => quotedAs(item, Array.isArray(after) ? after[index] : undefined));
  return typeof value === "number" && typeof after === "string" && Number(after) === value ? after : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The data path of the first place where two values differ, as `score.reach` or `stories[2]`. */
function firstDifference(a: unknown, b: unknown, path: (string | number)[]): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const step = Array.isArray(a) ? Number(key) : key;
      const inner = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        [...path, step],
      );
      if (inner !== undefined) return inner;
    }
  }
  return path.length === 0
    ? "the top of the file"
    : path.map((step, i) => (typeof step === "number" ? `[${step}]` : i === 0 ? step : `.${step}`)).join("");
}

function unsafeFinding(file: string, cause: string): Finding {
  return {
    file,
    rule: "fmt-unsafe",
    severity: "error",
    message: `formatting would change what this file means: ${cause}; left as it is, reorder it by hand`,
    position: { line: 1, column: 1 },
  };
}

/**
 * The file's text as it is on disk: the reader drops a byte-order mark and makes lone CR line
 * breaks LF (load/parse-yaml.ts), and both are still changes for fmt to write.
 */
function decodedOriginal(bytes: Uint8Array, text: string): string {
  if (!hasByteOrderMark(bytes) && !bytes.includes(0x0d)) return text;
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
