// The fast path of `fmt`. Building a `yaml` Document costs several times the js-yaml read that fmt
// does anyway (bench/README.md, "Figures behind the code"), and most files are plain: block
// mappings and lists, plain or simply double-quoted strings, integers and decimals, booleans, at
// most a header comment. For those, the file's value is written out again in the file's own key
// order and compared with its text: equal proves the file is in that subset, and then its canonical
// form is the same writing with the keys in canonical order. Anything outside the subset (other
// comments, blank lines, single quotes, padded or long inline lists, anchors, block scalars...)
// returns undefined and takes the exact path. Property tests check both paths agree.
import { INLINE_LIST_MAX } from "./format-document.js";
import { holdsIdsAt, type KeyOrder, nestedOrder, rankOf, sortKeys } from "./key-order.js";

const SAFE_KEY = /^[a-z_][a-z0-9_-]*$/;
/** Plain scalars that YAML 1.2's core schema would read as a number, not a string. */
const NUMBER_LIKE = /^[-+]?(\.[0-9]|[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?$|0[box])/i;
const NOT_A_STRING = /^(null|true|false)$/i;
const HEADER_LINE = /^# \S(.*\S)?$/;

/** The canonical text of a file in the simple subset, or undefined to take the exact path. */
export function writeCanonicalText(
  text: string,
  value: unknown,
  order: KeyOrder | undefined,
): string | undefined {
  const body = withoutHeader(text);
  if (body === undefined || !isRecord(value)) return undefined;
  const asWritten: Output = {
    lines: [],
    expected: body.split("\n"),
    inline: new Set(),
    sorted: false,
    outOfOrder: false,
  };
  if (!writeMap(value, order, "", undefined, asWritten) || body !== `${asWritten.lines.join("\n")}\n`) {
    return undefined;
  }
  // Keys already in canonical order everywhere: the canonical writing is the text itself.
  if (!asWritten.outOfOrder) return text;
  const canonical: Output = { ...asWritten, lines: [], sorted: true };
  writeMap(value, order, "", undefined, canonical);
  return `${text.slice(0, text.length - body.length)}${canonical.lines.join("\n")}\n`;
}

/** The text after a header comment and its blank line; undefined for any other comment. */
function withoutHeader(text: string): string | undefined {
  if (!text.startsWith("#")) return text;
  const end = text.indexOf("\n\n");
  if (end === -1) return undefined;
  const header = text.slice(0, end).split("\n");
  return header.every((line) => HEADER_LINE.test(line)) ? text.slice(end + 2) : undefined;
}

interface Output {
  lines: string[];
  /** The file's lines, to tell which form a short list takes. */
  expected: string[];
  /** The lists the file writes inline (found while writing in the file's own order). */
  inline: Set<unknown[]>;
  /** Keys in canonical order (second pass) or as in the file (first pass). */
  sorted: boolean;
  /** The first pass met a mapping whose keys are not in canonical order. */
  outOfOrder: boolean;
}

function writeMap(
  map: Record<string, unknown>,
  order: KeyOrder | undefined,
  indent: string,
  firstPrefix: string | undefined,
  out: Output,
): boolean {
  const keys = Object.keys(map);
  if (keys.length === 0) return false;
  if (order !== undefined) {
    if (out.sorted) sortKeys(keys, order);
    else if (!out.outOfOrder && !inCanonicalOrder(keys, order)) out.outOfOrder = true;
  }
  return keys.every((key, index) => {
    if (!SAFE_KEY.test(key)) return false;
    // An id written as a number is quoted by the exact path (format-document.ts).
    if (holdsIdsAt(order, key) && holdsNumber(map[key])) return false;
    const head = `${index === 0 && firstPrefix !== undefined ? firstPrefix : indent}${key}:`;
    return writeValue(map[key], nestedOrder(order, key), head, `${indent}  `, out);
  });
}

function writeValue(
  value: unknown,
  order: KeyOrder | undefined,
  head: string,
  childIndent: string,
  out: Output,
): boolean {
  if (Array.isArray(value)) {
    if (value.length === 0) return false;
    const inline = writeInlineList(value);
    if (inline !== undefined && !out.sorted && out.expected[out.lines.length] === `${head} ${inline}`) {
      out.inline.add(value);
    }
    if (inline !== undefined && out.inline.has(value)) {
      out.lines.push(`${head} ${inline}`);
      return true;
    }
    out.lines.push(head);
    return value.every((item) => {
      if (isRecord(item)) return writeMap(item, order, `${childIndent}  `, `${childIndent}- `, out);
      const scalar = writeScalar(item);
      if (scalar !== undefined) out.lines.push(`${childIndent}- ${scalar}`);
      return scalar !== undefined;
    });
  }
  if (isRecord(value)) {
    out.lines.push(head);
    return writeMap(value, order, childIndent, undefined, out);
  }
  const scalar = writeScalar(value);
  if (scalar !== undefined) out.lines.push(`${head} ${scalar}`);
  return scalar !== undefined;
}

/**
 * `[a, b]` when a list may stay inline (only scalars, short by fmt's measure); the caller uses
 * it only when the file has it inline too. Flow context quotes more (`,` `[` `]` `{` `}`), so
 * plain items holding those are left to the exact path.
 */
function writeInlineList(items: unknown[]): string | undefined {
  let length = 2;
  const written: string[] = [];
  for (const item of items) {
    if (isRecord(item) || Array.isArray(item)) return undefined;
    // Measured before the item is written: most lists are long ones (stories, criteria).
    length += String(item).length + 2;
    if (length > INLINE_LIST_MAX) return undefined;
    const scalar = writeScalar(item);
    if (scalar === undefined || (!scalar.startsWith('"') && /[,[\]{}:#]/.test(scalar))) return undefined;
    written.push(scalar);
  }
  return `[${written.join(", ")}]`;
}

function writeScalar(value: unknown): string | undefined {
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") {
    const text = String(value);
    return /^-?\d+(\.\d+)?$/.test(text) && !Object.is(value, -0) ? text : undefined;
  }
  if (typeof value !== "string" || value === "" || hasSpecialCharacter(value)) return undefined;
  return isSafePlain(value) ? value : `"${value}"`;
}

/** Characters yaml would escape in a double-quoted string, or that a plain scalar cannot hold. */
function hasSpecialCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x22 || code === 0x5c) return true;
    if (code === 0x2028 || code === 0x2029 || code === 0xfeff) return true;
  }
  return false;
}

/** A string that reads back as itself when written plain, and that yaml writes plain. */
function isSafePlain(text: string): boolean {
  return (
    /^[A-Za-z0-9(]/.test(text) &&
    !/\s$/.test(text) &&
    !text.includes(": ") &&
    !text.includes(" #") &&
    !text.endsWith(":") &&
    !NUMBER_LIKE.test(text) &&
    !NOT_A_STRING.test(text)
  );
}

/** Whether sortKeys would leave the keys as they are. */
function inCanonicalOrder(keys: string[], order: KeyOrder): boolean {
  for (let i = 1; i < keys.length; i++) {
    if (rankOf(keys[i - 1] as string, order) > rankOf(keys[i] as string, order)) return false;
  }
  return true;
}

function holdsNumber(value: unknown): boolean {
  return Array.isArray(value) ? value.some((item) => typeof item === "number") : typeof value === "number";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
