// The keys each kind of item has, for typing `key=value` (assignment.ts).
import { fileSchemas, storySchema } from "../model/schemas.js";
import type { FieldChange } from "./assignment.js";
import { EditError } from "./edit-error.js";
import { type Field, fieldsOf } from "./field-types.js";
import type { EditKind } from "./item-index.js";

const cache = new Map<EditKind, Readonly<Record<string, Field>>>();

export function fieldsOfKind(kind: EditKind): Readonly<Record<string, Field>> {
  let fields = cache.get(kind);
  if (fields === undefined) {
    fields = fieldsOf(kind === "story" ? storySchema : fileSchemas[kind]);
    cache.set(kind, fields);
  }
  return fields;
}

/** The values of a new item from its assignments (`key=value`, `key+=value`; nothing to remove). */
export function valuesFrom(changes: readonly FieldChange[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const change of changes) {
    if (change.op === "unset" || change.op === "remove") {
      throw new EditError(`a new item has no "${change.key.join(".")}" to remove`);
    }
    let at = values;
    for (const key of change.key.slice(0, -1)) {
      if (typeof at[key] !== "object" || at[key] === null) at[key] = {};
      at = at[key] as Record<string, unknown>;
    }
    const last = change.key.at(-1) as string;
    if (change.op === "set") at[last] = change.value;
    else at[last] = [...(Array.isArray(at[last]) ? at[last] : []), ...change.values];
  }
  return values;
}
