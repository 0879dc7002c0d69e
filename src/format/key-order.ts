// The canonical key order of each kind of file, read off the zod schemas in src/model: the
// schemas list their keys in the order of the format's tables (docs/format.md), so a key added
// to a schema has its place in `fmt`, the edit commands and the JSON export without a second
// list to keep. Nested objects (goals, requested_by, score, outcome, stories, ...) have an order
// of their own, applied to a mapping or to each mapping in a list.
import type * as core from "zod/v4/core";
import type { FileKind } from "../model/layout.js";
import { idKeysOf } from "../model/references.js";
import { fileSchemas } from "../model/schemas.js";

export interface KeyOrder {
  keys: readonly string[];
  /** Orders for the values of some keys (a mapping, or each mapping of a list). */
  nested?: Readonly<Record<string, KeyOrder>>;
  /**
   * Keys whose value (or each item of whose list) is the id of another item: `fmt` quotes such
   * a value when YAML would read it as a number (`milestone: 2026`), since ids are text.
   */
  ids?: readonly string[];
}

/** The kinds of file `fmt` formats; stray files are not part of the road map. */
export type FormatKind = Exclude<FileKind, "stray">;

/** The order of an object schema's keys, and of the objects its values hold. */
export function keyOrderOf(shape: core.$ZodShape): KeyOrder {
  const nested: Record<string, KeyOrder> = {};
  for (const [key, value] of Object.entries(shape)) {
    const inner = objectShapeInside(value);
    if (inner !== undefined) nested[key] = keyOrderOf(inner);
  }
  const keys = Object.keys(shape);
  return Object.keys(nested).length === 0 ? { keys } : { keys, nested };
}

/** The order with the keys that hold ids marked, from the table of references (model/references.ts). */
function withIdKeys(order: KeyOrder, kind: string, within: readonly string[]): KeyOrder {
  const ids = idKeysOf(kind, within);
  const nested =
    order.nested === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(order.nested).map(([key, inner]) => [
            key,
            withIdKeys(inner, kind, [...within, key]),
          ]),
        );
  return { ...order, ...(nested === undefined ? {} : { nested }), ...(ids.length > 0 ? { ids } : {}) };
}

/** Whether `key` holds ids in this order. */
export function holdsIdsAt(order: KeyOrder | undefined, key: string): boolean {
  return order?.ids?.includes(key) ?? false;
}

/**
 * The shape of the object a value's schema holds, through optional, default, nullable, array
 * and union wrappers (a union's first object option: `owner` as text or a list has none).
 */
function objectShapeInside(schema: core.$ZodType): core.$ZodShape | undefined {
  const def = schema._zod.def;
  switch (def.type) {
    case "object":
      return (def as core.$ZodObjectDef).shape;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
      return objectShapeInside((def as core.$ZodOptionalDef).innerType);
    case "array":
      return objectShapeInside((def as core.$ZodArrayDef).element);
    case "union":
      for (const option of (def as core.$ZodUnionDef).options) {
        const shape = objectShapeInside(option);
        if (shape !== undefined) return shape;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The order for the value of `key`; own properties only (a file may hold a `constructor:` key). */
export function nestedOrder(order: KeyOrder | undefined, key: string): KeyOrder | undefined {
  return order?.nested !== undefined && Object.hasOwn(order.nested, key) ? order.nested[key] : undefined;
}

/** A key's place in the order: keys the order does not know come after the ones it does. */
export function rankOf(key: string, order: KeyOrder | undefined): number {
  const index = order?.keys.indexOf(key) ?? -1;
  return index === -1 ? (order?.keys.length ?? 0) : index;
}

/** Sorts keys into the order, in place; the sort is stable, so unknown keys keep their order. */
export function sortKeys(keys: string[], order: KeyOrder | undefined): void {
  keys.sort((a, b) => rankOf(a, order) - rankOf(b, order));
}

/**
 * A copy of a plain value with the keys of its objects in the order (nested objects and lists of
 * objects too). Keys the order does not know follow the known ones, as they came or, with
 * `unknownKeys: "sorted"`, sorted (the JSON export: stable whatever order the YAML used).
 */
export function orderKeys(
  value: unknown,
  order: KeyOrder | undefined,
  unknownKeys: "as-they-came" | "sorted" = "as-they-came",
): unknown {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, order, unknownKeys));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (unknownKeys === "sorted") keys.sort();
  sortKeys(keys, order);
  return Object.fromEntries(
    keys.map((key) => [key, orderKeys(record[key], nestedOrder(order, key), unknownKeys)]),
  );
}

/** Key order per kind; the config file's keys belong to the lint rules and keep their order. */
export const keyOrders: Readonly<Record<FormatKind, KeyOrder | undefined>> = {
  ...(Object.fromEntries(
    Object.entries(fileSchemas).map(([kind, schema]) => [
      kind,
      withIdKeys(keyOrderOf(schema.shape), kind, []),
    ]),
  ) as Record<keyof typeof fileSchemas, KeyOrder>),
  config: undefined,
};
