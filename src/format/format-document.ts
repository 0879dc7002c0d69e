// Canonical layout of one parsed YAML document (docs/fmt.md): keys in the order of docs/format.md,
// two-space indentation, block style for mappings and for lists holding mappings, short
// lists of scalars may stay inline. It works on the `yaml` Document itself, moving Pair
// nodes, so every comment travels with the node it is attached to and scalars keep the
// quoting their author chose; re-serialising plain objects would lose both.
import {
  type Document,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Pair,
  parseDocument,
  type Scalar,
  type ScalarTag,
  type ToStringOptions,
  visit,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { holdsIdsAt, type KeyOrder, nestedOrder } from "./key-order.js";

/** A list of scalars stays inline (`[a, b]`) when written inline and no longer than this. */
export const INLINE_LIST_MAX = 60;

export const canonicalStringOptions: ToStringOptions = {
  indent: 2,
  indentSeq: true,
  // Never fold long lines: a one-word edit must stay a one-line diff.
  lineWidth: 0,
  flowCollectionPadding: false,
};

/** A plain scalar that is not a string, marked to be written back exactly as in the file. */
const AS_WRITTEN = "AS_WRITTEN";

/**
 * Numbers, booleans and nulls are written exactly as their author spelled them (`0x1F`, `1e3`,
 * `017`, `9007199254740993`, `~`), never printed again from their value: a double cannot hold
 * every integer or decimal a file can spell, and a YAML 1.1 reader reads `017` as octal. The tag
 * only writes (its test matches nothing, so it never reads a value), and being a default tag it
 * adds no `!tag` to the text.
 */
const asWrittenTag: ScalarTag = {
  tag: "tag:roadmap,2026:as-written",
  format: AS_WRITTEN,
  default: true,
  test: /(?!)/,
  identify: (value) => value === null || ["number", "bigint", "boolean"].includes(typeof value),
  resolve: (source) => source,
  stringify: (item) => (item as Scalar).source ?? String(item.value),
};

/** The yaml Document of a file, ready for formatDocument (strict, duplicate keys refused). */
export function parseForFormat(text: string): Document {
  return parseDocument(text, {
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    customTags: [asWrittenTag],
  });
}

/**
 * Rewrites a document from parseForFormat in place into the canonical layout and returns its
 * text. Scalars keep their spelling: strings their quoting, other values their exact source.
 */
export function formatDocument(doc: Document, order: KeyOrder | undefined): string {
  if (isMap(doc.contents) && order !== undefined) {
    detachHeaderComment(doc, doc.contents);
    orderMap(doc.contents, order);
  }
  normalizeLayout(doc);
  return doc.toString(canonicalStringOptions);
}

function orderMap(map: YAMLMap, order: KeyOrder): void {
  const before = map.items;
  const sorted = before
    .map((pair, index) => ({ pair, index, rank: rankOf(pair, order) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.pair);
  if (sorted.some((pair, index) => pair !== before[index])) {
    keepCommentsInPlace(map, before, sorted);
    map.items = sorted;
  }
  for (const pair of map.items) {
    const key = keyOf(pair);
    if (key !== undefined && holdsIdsAt(order, key)) quoteIds(pair.value);
    const nested = key === undefined ? undefined : nestedOrder(order, key);
    if (nested !== undefined) orderValue(pair.value, nested);
  }
}

/**
 * Ids are text: `milestone: 2026` is read as a number and names no milestone, so it is written
 * `"2026"`, exactly as typed (`1.10` stays `"1.10"`, not the number's `1.1`).
 */
function quoteIds(value: unknown): void {
  for (const item of isSeq(value) ? value.items : [value]) {
    if (!isScalar(item) || typeof item.value !== "number") continue;
    item.value = item.source ?? String(item.value);
    item.type = "QUOTE_DOUBLE";
  }
}

function orderValue(value: unknown, order: KeyOrder): void {
  if (isMap(value)) orderMap(value, order);
  else if (isSeq(value)) for (const item of value.items) if (isMap(item)) orderMap(item, order);
}

function rankOf(pair: Pair, order: KeyOrder): number {
  const key = keyOf(pair);
  const index = key === undefined ? -1 : order.keys.indexOf(key);
  // Unknown keys (a file with errors) keep their relative order after the known ones.
  return index === -1 ? order.keys.length : index;
}

function keyOf(pair: Pair): string | undefined {
  const key = isScalar(pair.key) ? pair.key.value : pair.key;
  return typeof key === "string" ? key : undefined;
}

/**
 * Comments that belong to a place rather than to the pair they were parsed onto:
 * - a nested mapping's leading comment (`score:\n  # why\n  reach: 1`) sits above its first
 *   key, so it goes with that key;
 * - a trailing comment at the end of the last value's list or mapping closes the whole
 *   mapping, so it stays at the end when that pair moves up;
 * - no blank line before the first key of a mapping.
 */
function keepCommentsInPlace(map: YAMLMap, before: Pair[], sorted: Pair[]): void {
  const oldFirst = before[0];
  if (map.commentBefore && oldFirst !== undefined && isNode(oldFirst.key)) {
    oldFirst.key.commentBefore = joinComments(map.commentBefore, oldFirst.key.commentBefore);
    map.commentBefore = undefined;
  }
  const oldLast = before.at(-1);
  if (
    oldLast !== undefined &&
    oldLast !== sorted.at(-1) &&
    isCollection(oldLast.value) &&
    oldLast.value.comment
  ) {
    map.comment = joinComments(oldLast.value.comment, map.comment);
    oldLast.value.comment = undefined;
  }
  const newFirst = sorted[0];
  if (newFirst !== undefined && isNode(newFirst.key)) newFirst.key.spaceBefore = false;
}

/**
 * The comment above the first key is a file header when a blank line separates it from the
 * key (`# Source: ...` then a blank line): that part stays at the top of the file. A comment
 * directly above the key belongs to the key and moves with it.
 */
function detachHeaderComment(doc: Document, map: YAMLMap): void {
  const first = map.items[0];
  if (first === undefined || !isNode(first.key) || !first.key.commentBefore) return;
  const comment = first.key.commentBefore;
  const split = comment.lastIndexOf("\n\n");
  if (split === -1) return;
  doc.commentBefore = joinComments(doc.commentBefore, comment.slice(0, split), "\n\n");
  first.key.commentBefore = comment.slice(split + 2) || undefined;
}

/**
 * Block style for mappings and lists of mappings; long inline lists become block lists; plain
 * scalars that are not strings keep their source text.
 */
function normalizeLayout(doc: Document): void {
  visit(doc, {
    Map(_key, map) {
      map.flow = false;
    },
    Seq(_key, seq) {
      if (seq.flow && !isShortScalarList(seq)) seq.flow = false;
    },
    Scalar(_key, scalar) {
      if (scalar.type === "PLAIN" && scalar.tag === undefined && typeof scalar.value !== "string") {
        scalar.format = AS_WRITTEN;
      }
    },
  });
}

/** Whether fmt lets a list stay inline (`[a, b]`): only scalars, no comments, at most INLINE_LIST_MAX wide. */
export function isShortScalarList(seq: YAMLSeq): boolean {
  let length = 2;
  for (const item of seq.items) {
    if (!isScalar(item) || item.comment || item.commentBefore) return false;
    length += String(item.source ?? item.value).length + 2;
  }
  return length <= INLINE_LIST_MAX;
}

export function joinComments(
  first: string | null | undefined,
  second: string | null | undefined,
  separator = "\n",
): string {
  if (!first) return second ?? "";
  if (!second) return first;
  return `${first}${separator}${second}`;
}
