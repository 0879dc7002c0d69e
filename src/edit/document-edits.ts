// Edits on one parsed YAML file (the `yaml` Document API), keeping what a person wrote: every
// comment stays (a removed key's comments move to the key after it), existing keys keep their
// order and quoting, new keys go where `fmt` would put them (the key order read off the zod
// schemas), and lists keep or take the layout `fmt` gives them. Paths are mapping keys and list
// indices from the document's top.

import { isDeepStrictEqual } from "node:util";
import {
  type Document,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Node,
  Pair,
  Scalar,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import { isShortScalarList, joinComments } from "../format/format-document.js";
import { type KeyOrder, nestedOrder, orderKeys } from "../format/key-order.js";

export type DocumentPath = readonly (string | number)[];

/** Sets the value at `path`, creating the mappings on the way; new keys in canonical order. */
export function setIn(doc: Document, path: DocumentPath, value: unknown, order: KeyOrder | undefined): void {
  const { map, key, keyOrder } = parentMap(doc, path, order, true) as ParentMap;
  const pair = findPair(map, key);
  const node = createNode(doc, value, nestedOrder(keyOrder, key));
  if (pair === undefined) {
    insertPair(map, new Pair(new Scalar(key), node), keyOrder);
    return;
  }
  replaceValue(map, pair, node);
}

/** Removes the key at `path`; its comments move to the key after it. False when absent. */
export function deleteIn(doc: Document, path: DocumentPath): boolean {
  const parent = parentMap(doc, path, undefined, false);
  if (parent === undefined) return false;
  const index = parent.map.items.findIndex((pair) => keyOf(pair) === parent.key);
  if (index === -1) return false;
  removePair(parent.map, index);
  return true;
}

/** Appends values to the list at `path` (made when absent); scalars already there are not added twice. */
export function addToList(
  doc: Document,
  path: DocumentPath,
  values: readonly unknown[],
  order: KeyOrder | undefined,
): void {
  const { map, key, keyOrder } = parentMap(doc, path, order, true) as ParentMap;
  const pair = findPair(map, key);
  const elementOrder = nestedOrder(keyOrder, key);
  if (pair === undefined || !isSeq(pair.value)) {
    const existing = pair === undefined ? [] : [toJs(pair.value)];
    setIn(
      doc,
      path,
      [...existing, ...values.filter((value) => !existing.some((item) => isDeepStrictEqual(item, value)))],
      order,
    );
    return;
  }
  const seq = pair.value;
  for (const value of values) {
    const isScalarValue = typeof value !== "object" || value === null;
    if (isScalarValue && seq.items.some((item) => isDeepStrictEqual(toJs(item), value))) continue;
    seq.items.push(createNode(doc, value, elementOrder));
  }
  fitLayout(seq);
}

/**
 * Removes each value from the list at `path` (every equal item); the key goes when the list
 * is left empty. Returns the values that were not in the list.
 */
export function removeFromList(doc: Document, path: DocumentPath, values: readonly unknown[]): unknown[] {
  const parent = parentMap(doc, path, undefined, false);
  const pair = parent === undefined ? undefined : findPair(parent.map, parent.key);
  if (parent === undefined || pair === undefined || !isSeq(pair.value)) return [...values];
  const seq = pair.value;
  const missing: unknown[] = [];
  for (const value of values) {
    const indices = seq.items.flatMap((item, index) => (isDeepStrictEqual(toJs(item), value) ? [index] : []));
    if (indices.length === 0) missing.push(value);
    for (const index of indices.reverse()) removeItem(seq, index);
  }
  if (seq.items.length === 0) deleteIn(doc, path);
  else fitLayout(seq);
  return missing;
}

/** Renames a mapping key in place (a reference that is a key: a team's capacity per milestone). */
export function renameKey(doc: Document, path: DocumentPath, to: string): void {
  const parent = parentMap(doc, path, undefined, false);
  const pair = parent === undefined ? undefined : findPair(parent.map, parent.key);
  if (pair === undefined) return;
  if (isScalar(pair.key)) {
    pair.key.value = to;
    pair.key.source = undefined;
  } else {
    pair.key = new Scalar(to);
  }
}

/** The plain value at `path`, or undefined. */
export function getIn(doc: Document, path: DocumentPath): unknown {
  const node = doc.getIn(path, true);
  return node === undefined ? undefined : toJs(node);
}

/** The index of the list item at `listPath` whose `key` is `value` (a story by id), or -1. */
export function indexWhere(doc: Document, listPath: DocumentPath, key: string, value: string): number {
  const seq = doc.getIn(listPath, true);
  if (!isSeq(seq)) return -1;
  return seq.items.findIndex((item) => isMap(item) && toJs(item.get(key, true)) === value);
}

interface ParentMap {
  map: YAMLMap;
  key: string;
  /** The key order of `map`. */
  keyOrder: KeyOrder | undefined;
}

/** The mapping holding the last key of `path`, made on the way when `create` is set. */
function parentMap(
  doc: Document,
  path: DocumentPath,
  order: KeyOrder | undefined,
  create: boolean,
): ParentMap | undefined {
  const key = path.at(-1);
  if (typeof key !== "string") throw new Error("document-edits: a path ends with a mapping key");
  if (!isMap(doc.contents)) {
    if (!create || doc.contents !== null) return undefined;
    doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  }
  let node: unknown = doc.contents;
  let keyOrder = order;
  for (const step of path.slice(0, -1)) {
    if (typeof step === "number") {
      if (!isSeq(node) || !isMap(node.items[step])) return undefined;
      node = node.items[step];
      continue;
    }
    if (!isMap(node)) return undefined;
    let next: unknown = node.get(step, true);
    if (next === undefined && create) {
      const made = doc.createNode({});
      insertPair(node, new Pair(new Scalar(step), made), keyOrder);
      next = made;
    }
    node = next;
    keyOrder = nestedOrder(keyOrder, step);
  }
  return isMap(node) ? { map: node, key, keyOrder } : undefined;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((pair) => keyOf(pair) === key);
}

function keyOf(pair: Pair): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

/** Before the first key that comes after it in canonical order; unknown keys stay last. */
function insertPair(map: YAMLMap, pair: Pair, order: KeyOrder | undefined): void {
  const rank = (key: unknown): number => {
    const index = typeof key === "string" && order !== undefined ? order.keys.indexOf(key) : -1;
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  const wanted = rank(keyOf(pair));
  const index = map.items.findIndex((other) => rank(keyOf(other)) > wanted);
  if (index === -1) {
    map.items.push(pair);
    return;
  }
  // A comment above the first key opens the file (a modeline, a header): it stays at the top.
  const first = map.items[0];
  if (
    index === 0 &&
    first !== undefined &&
    isNode(first.key) &&
    first.key.commentBefore &&
    isNode(pair.key)
  ) {
    pair.key.commentBefore = first.key.commentBefore;
    first.key.commentBefore = undefined;
  }
  map.items.splice(index, 0, pair);
}

/** A new value for an existing key: a scalar is changed in place (its comments and quoting stay). */
function replaceValue(map: YAMLMap, pair: Pair, node: Node): void {
  const old = pair.value;
  if (isScalar(old) && isScalar(node)) {
    old.value = node.value;
    old.source = undefined;
    return;
  }
  if (isNode(old)) {
    node.commentBefore = old.commentBefore;
    node.spaceBefore = old.spaceBefore;
    // A comment closing a list or mapping would land beside a scalar: it moves below the pair.
    if (isCollection(old) && !isCollection(node)) moveBelow(map, pair, old.comment);
    else node.comment = old.comment;
    if (isSeq(old) && isSeq(node) && old.flow) node.flow = isShortScalarList(node);
  }
  pair.value = node;
}

/** Removes a pair; its comments (above, beside, below) move to the next key, or close the mapping. */
function removePair(map: YAMLMap, index: number): void {
  const [pair] = map.items.splice(index, 1) as [Pair];
  const comments = [
    isNode(pair.key) ? pair.key.commentBefore : undefined,
    isNode(pair.value) ? pair.value.commentBefore : undefined,
  ];
  if (isNode(pair.value)) comments.push(pair.value.comment);
  const text = comments.reduce<string | undefined>(
    (all, comment) => (comment ? joinComments(all, comment) : all),
    undefined,
  );
  const next = map.items[index];
  if (next !== undefined && isNode(next.key)) {
    if (text) next.key.commentBefore = joinComments(text, next.key.commentBefore);
    if (isNode(pair.key) && pair.key.spaceBefore) next.key.spaceBefore = true;
  } else if (text) {
    map.comment = joinComments(text, map.comment);
  }
}

function removeItem(seq: YAMLSeq, index: number): void {
  const [item] = seq.items.splice(index, 1);
  if (!isNode(item)) return;
  const text = [item.commentBefore, item.comment].filter(Boolean).join("\n");
  if (!text) return;
  const next = seq.items[index];
  if (isNode(next)) next.commentBefore = joinComments(text, next.commentBefore);
  else seq.comment = joinComments(text, seq.comment);
}

function moveBelow(map: YAMLMap, pair: Pair, comment: string | null | undefined): void {
  if (!comment) return;
  const next = map.items[map.items.indexOf(pair) + 1];
  if (next !== undefined && isNode(next.key))
    next.key.commentBefore = joinComments(comment, next.key.commentBefore);
  else map.comment = joinComments(comment, map.comment);
}

/** A node for a new value: keys in canonical order, block mappings, short scalar lists inline. */
export function createNode(doc: Document, value: unknown, order: KeyOrder | undefined): Node {
  const node = doc.createNode(orderKeys(value, order)) as Node;
  if (isCollection(node)) fitNewLayout(node);
  return node;
}

function fitNewLayout(node: Node): void {
  if (isSeq(node)) {
    node.flow = isShortScalarList(node);
    for (const item of node.items) if (isNode(item)) fitNewLayout(item);
  } else if (isMap(node)) {
    node.flow = false;
    for (const pair of node.items) if (isNode(pair.value)) fitNewLayout(pair.value);
  }
}

/** As fmt: an inline list that grew past its measure becomes a block list. */
function fitLayout(seq: YAMLSeq): void {
  if (seq.flow && !isShortScalarList(seq)) seq.flow = false;
}

function toJs(node: unknown): unknown {
  return isNode(node) ? node.toJSON() : node;
}
