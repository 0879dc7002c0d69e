import { describe, expect, test } from "vitest";
import { epicSchema, fileSchemas, ideaSchema, storySchema } from "../model/schemas.js";
import { type Field, fieldsOf } from "./field-types.js";

/** The field inside a mapping field. */
function inner(field: Field | undefined, key: string): Field | undefined {
  return field?.type.type === "object" ? field.type.fields[key] : undefined;
}

describe("field types read off the zod schemas", () => {
  const epic = fieldsOf(epicSchema);

  test("ids are strings, points and capacity numbers, statuses enums", () => {
    expect(epic.milestone).toEqual({ type: { type: "string" }, required: false });
    expect(epic.title?.required).toBe(true);
    expect(fieldsOf(storySchema).points?.type).toEqual({ type: "number", integer: false });
    expect(epic.status).toEqual({
      type: { type: "enum", values: ["proposed", "planned", "in-progress", "done", "dropped"] },
      required: false,
    });
  });

  test("lists, nested objects and unions", () => {
    expect(epic.depends_on?.type).toEqual({ type: "list", element: { type: "string" } });
    expect(inner(epic.score, "confidence")).toEqual({
      type: { type: "number", integer: false },
      required: true,
    });
    expect(inner(epic.outcome, "target")?.type).toEqual({
      type: "union",
      options: [{ type: "number", integer: false }, { type: "string" }],
    });
    expect(fieldsOf(ideaSchema).requested_by?.type.type).toBe("list");
    expect(inner(epic.score, "nope")).toBeUndefined();
  });

  test("every kind of file is understood (a new zod type in a schema fails here first)", () => {
    for (const schema of Object.values(fileSchemas)) expect(() => fieldsOf(schema)).not.toThrow();
    expect(fieldsOf(fileSchemas.mission).horizon_months?.type).toEqual({ type: "number", integer: true });
  });
});
