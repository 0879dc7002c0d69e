// What each key of the format holds, read off the zod schemas (src/model/schemas.ts), so that
// `set points=3` writes a number and `set milestone=2026` a string because the schema says so:
// no hand-kept list of types. Only the few zod definitions the format uses are understood.
import type * as core from "zod/v4/core";

export type FieldType =
  | { type: "string" }
  | { type: "number"; integer: boolean }
  | { type: "enum"; values: readonly string[] }
  | { type: "list"; element: FieldType }
  | { type: "object"; fields: Readonly<Record<string, Field>> }
  /** Keys chosen by the file (a team's capacity per milestone id), each holding `value`. */
  | { type: "map"; value: FieldType }
  /** Options in the order the schema lists them (`owner`: a name or a list of names). */
  | { type: "union"; options: readonly FieldType[] };

export interface Field {
  type: FieldType;
  /** False for optional keys and keys with a default (those may be removed). */
  required: boolean;
}

/** The fields of an object schema (a kind of file, a story). */
export function fieldsOf(schema: core.$ZodType): Readonly<Record<string, Field>> {
  const type = fieldType(schema);
  if (type.type !== "object") throw new Error("fieldsOf: not an object schema");
  return type.fields;
}

function field(schema: core.$ZodType): Field {
  const def = schema._zod.def;
  if (def.type === "optional" || def.type === "default" || def.type === "prefault") {
    return { type: field((def as core.$ZodOptionalDef).innerType).type, required: false };
  }
  return { type: fieldType(schema), required: true };
}

function fieldType(schema: core.$ZodType): FieldType {
  const def = schema._zod.def;
  switch (def.type) {
    case "optional":
    case "default":
    case "prefault":
    case "nullable":
      return fieldType((def as core.$ZodOptionalDef).innerType);
    case "string":
      return { type: "string" };
    case "number":
      return { type: "number", integer: (def as { format?: string }).format?.includes("int") ?? false };
    case "enum":
      return { type: "enum", values: Object.values((def as core.$ZodEnumDef).entries).map(String) };
    case "array":
      return { type: "list", element: fieldType((def as core.$ZodArrayDef).element) };
    case "object": {
      const shape = (def as core.$ZodObjectDef).shape;
      return {
        type: "object",
        fields: Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, field(value)])),
      };
    }
    case "union":
      return { type: "union", options: (def as core.$ZodUnionDef).options.map(fieldType) };
    case "record":
      return { type: "map", value: fieldType((def as core.$ZodRecordDef).valueType) };
    default:
      throw new Error(`field-types: the format uses no zod "${def.type}"; teach this module about it`);
  }
}
