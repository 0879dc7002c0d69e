// Walking the zod schemas of the format (src/model/schemas.ts): which schema governs a data
// path. Readers that need to know "what is at this key" ask here instead of keeping a list of
// keys of their own.
import type * as core from "zod/v4/core";

type AnySchema = core.$ZodType;
type Step = string | number;

/** The schema inside optional, default, nullable and prefault wrappers. */
function unwrapSchema(schema: AnySchema | undefined): AnySchema | undefined {
  let current = schema;
  while (current !== undefined) {
    const def = current._zod.def as { type: string; innerType?: AnySchema };
    if (!["optional", "default", "nullable", "prefault"].includes(def.type)) return current;
    current = def.innerType;
  }
  return current;
}

/** The schema that governs the value at `path`, when the path leads through objects and lists. */
export function schemaAt(schema: AnySchema, path: readonly Step[]): AnySchema | undefined {
  let current = unwrapSchema(schema);
  for (const step of path) {
    if (current === undefined) return undefined;
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === "object" && typeof step === "string") {
      const shape = def.shape as Record<string, AnySchema>;
      current = Object.hasOwn(shape, step) ? unwrapSchema(shape[step]) : undefined;
    } else if (def.type === "array" && typeof step === "number") {
      current = unwrapSchema(def.element as AnySchema);
    } else if (def.type === "record" && typeof step === "string") {
      current = unwrapSchema(def.valueType as AnySchema);
    } else {
      return undefined;
    }
  }
  return current;
}
