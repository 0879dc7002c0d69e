// `key=value`, `key=` (remove), `key+=value` and `key-=value` (lists) from the command line,
// checked against the schema and typed as it wants (docs/edit.md, "Values"): a number where the
// key holds a number, a string where it holds an id even when the text is digits, a list from
// `[a, b]` or `a,b`, a mapping from `{k: v}`. A wrong key or type is an EditError (exit 2).
import { loadCoreYaml } from "../parse/parse-yaml.js";
import { didYouMean } from "../util/did-you-mean.js";
import { EditError } from "./edit-error.js";
import type { Field, FieldType } from "./field-types.js";

/** A path of mapping keys inside an item (`["score", "reach"]`). */
export type KeyPath = readonly string[];

export type FieldChange =
  | { op: "set"; key: KeyPath; value: unknown }
  | { op: "unset"; key: KeyPath }
  | { op: "add"; key: KeyPath; values: readonly unknown[] }
  | { op: "remove"; key: KeyPath; values: readonly unknown[] };

/** Keys no assignment may touch, with what to use instead. */
const RESERVED: Readonly<Record<string, string>> = {
  id: "the id is the file name (or the story's id): rename with roadmap mv",
  stories: "stories are edited one by one: roadmap new story <epic>/<story>, roadmap set <epic>/<story> ...",
};

const ASSIGNMENT = /^([A-Za-z_][\w.-]*?)(\+|-)?=([\s\S]*)$/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/**
 * One `key=value` argument as a typed change of an item whose fields are `fields`; `what`
 * names the item in messages ("an epic", "a story").
 */
export function parseAssignment(
  text: string,
  fields: Readonly<Record<string, Field>>,
  what: string,
): FieldChange {
  const match = ASSIGNMENT.exec(text);
  if (match === null) {
    throw new EditError(`"${text}" is not key=value (nor key=, key+=value, key-=value)`);
  }
  const [, name, sign, raw] = match as unknown as [string, string, string | undefined, string];
  const key = name.split(".");
  const field = lookUp(key, fields, what);
  const label = `"${name}"`;
  if (sign === undefined) {
    if (raw === "") {
      if (field.required)
        throw new EditError(`${label} is required ${what === "" ? "" : `in ${what} `}and cannot be removed`);
      return { op: "unset", key };
    }
    return { op: "set", key, value: fromText(raw, field.type, label) };
  }
  const element = listElement(field.type);
  if (element === undefined) throw new EditError(`${label} is not a list; use ${name}=value`);
  const values = listItems(raw, element, label);
  return sign === "+" ? { op: "add", key, values } : { op: "remove", key, values };
}

/** After `+=` / `-=`: several items in `[...]`, else one as typed (also text that only starts with "["). */
function listItems(raw: string, element: FieldType, label: string): unknown[] {
  if (!raw.trimStart().startsWith("[")) return [fromText(raw, element, label)];
  try {
    return fromParsed(parseFlow(raw, label), { type: "list", element }, label) as unknown[];
  } catch (error) {
    if (error instanceof EditError && element.type === "string") return [raw];
    throw error;
  }
}

function lookUp(key: KeyPath, fields: Readonly<Record<string, Field>>, what: string): Field {
  const first = key[0] as string;
  if (key.length === 1 && Object.hasOwn(RESERVED, first)) {
    throw new EditError(`cannot set "${first}": ${RESERVED[first]}`);
  }
  let known = fields;
  let field: Field | undefined;
  for (const [depth, name] of key.entries()) {
    const parent = key.slice(0, depth).join(".");
    // A mapping keyed by the file (a team's capacity per milestone id): any key, one type.
    if (field?.type.type === "map") {
      field = { type: field.type.value, required: false };
      continue;
    }
    if (field !== undefined && field.type.type !== "object") {
      throw new EditError(`"${parent}" holds no keys of its own; set it whole (${parent}=...)`);
    }
    field = Object.hasOwn(known, name) ? known[name] : undefined;
    if (field === undefined) {
      const where = depth === 0 ? (what === "" ? "" : ` for ${what}`) : ` in ${parent}`;
      throw new EditError(`unknown key "${name}"${where}${didYouMean(name, Object.keys(known))}`);
    }
    known = field.type.type === "object" ? field.type.fields : {};
  }
  return field as Field;
}

/** The element type when the field may hold a list (a list, or a union with a list option). */
function listElement(type: FieldType): FieldType | undefined {
  if (type.type === "list") return type.element;
  if (type.type === "union") {
    for (const option of type.options) if (option.type === "list") return option.element;
  }
  return undefined;
}

/** A value typed in a shell: flow YAML for lists and mappings, plain text for the rest. */
function fromText(raw: string, type: FieldType, label: string): unknown {
  const trimmed = raw.trim();
  switch (type.type) {
    case "string":
      return raw;
    case "number":
      if (!NUMBER.test(trimmed)) throw wrongType(label, type, raw);
      return checkNumber(Number(trimmed), type, label, raw);
    case "enum":
      return checkEnum(trimmed, type.values, label);
    case "list":
      if (trimmed.startsWith("[")) return fromParsed(parseFlow(raw, label), type, label);
      return trimmed
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== "")
        .map((part) => fromText(part, type.element, label));
    case "object":
    case "map":
      if (!trimmed.startsWith("{")) throw wrongType(label, type, raw);
      return fromParsed(parseFlow(raw, label), type, label);
    case "union": {
      // `[a, b]` is a list where a list may go; text that only starts with "[" stays text.
      const bracketed = trimmed.startsWith("[");
      const options = [...type.options].sort(
        (a, b) => Number(bracketed && b.type === "list") - Number(bracketed && a.type === "list"),
      );
      return fromUnion(options, label, raw, (option) => ({ value: fromText(raw, option, label) }));
    }
  }
}

/** A value YAML already parsed (inside `[...]` or `{...}`), checked and typed like fromText. */
function fromParsed(value: unknown, type: FieldType, label: string): unknown {
  switch (type.type) {
    case "string":
      if (typeof value === "string") return value;
      // `[2026]` names the milestone "2026", not a number.
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      throw wrongType(label, type, value);
    case "number":
      if (typeof value === "number") return checkNumber(value, type, label, value);
      if (typeof value === "string" && NUMBER.test(value.trim()))
        return checkNumber(Number(value), type, label, value);
      throw wrongType(label, type, value);
    case "enum":
      if (typeof value !== "string") throw wrongType(label, type, value);
      return checkEnum(value, type.values, label);
    case "list":
      if (!Array.isArray(value)) throw wrongType(label, type, value);
      return value.map((item) => fromParsed(item, type.element, label));
    case "object":
      return fromMapping(value, type, label);
    case "map": {
      if (typeof value !== "object" || value === null || Array.isArray(value))
        throw wrongType(label, type, value);
      const result: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(value)) {
        result[key] = fromParsed(inner, type.value, `${label.slice(0, -1)}.${key}"`);
      }
      return result;
    }
    case "union":
      return fromUnion(type.options, label, value, (option) => ({ value: fromParsed(value, option, label) }));
  }
}

function fromMapping(value: unknown, type: Extract<FieldType, { type: "object" }>, label: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw wrongType(label, type, value);
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const field = Object.hasOwn(type.fields, key) ? type.fields[key] : undefined;
    if (field === undefined) {
      throw new EditError(`unknown key "${key}" in ${label}${didYouMean(key, Object.keys(type.fields))}`);
    }
    result[key] = fromParsed(inner, field.type, `${label.slice(0, -1)}.${key}"`);
  }
  return result;
}

function fromUnion(
  options: readonly FieldType[],
  label: string,
  raw: unknown,
  attempt: (option: FieldType) => { value: unknown } | undefined,
): unknown {
  for (const option of options) {
    try {
      const result = attempt(option);
      if (result !== undefined) return result.value;
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
    }
  }
  throw new EditError(`${label} must be ${options.map(describeType).join(" or ")} (got ${show(raw)})`);
}

function parseFlow(raw: string, label: string): unknown {
  try {
    return loadCoreYaml(raw);
  } catch {
    throw new EditError(
      `${label}: cannot read ${show(raw)} (write lists as [a, b] and mappings as {key: value})`,
    );
  }
}

function checkNumber(
  value: number,
  type: Extract<FieldType, { type: "number" }>,
  label: string,
  raw: unknown,
): number {
  if (!Number.isFinite(value) || (type.integer && !Number.isInteger(value)))
    throw wrongType(label, type, raw);
  return value;
}

function checkEnum(value: string, values: readonly string[], label: string): string {
  if (values.includes(value)) return value;
  throw new EditError(
    `${label} must be one of ${values.join(", ")} (got ${show(value)})${didYouMean(value, values)}`,
  );
}

function wrongType(label: string, type: FieldType, raw: unknown): EditError {
  return new EditError(`${label} must be ${describeType(type)} (got ${show(raw)})`);
}

function describeType(type: FieldType): string {
  switch (type.type) {
    case "string":
      return "text";
    case "number":
      return type.integer ? "a whole number" : "a number";
    case "enum":
      return `one of ${type.values.join(", ")}`;
    case "list":
      return "a list ([a, b])";
    case "object":
      return `a mapping ({${Object.keys(type.fields).join(", ")}})`;
    case "map":
      return `a mapping of ${describeType(type.value)}`;
    case "union":
      return type.options.map(describeType).join(" or ");
  }
}

function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}
