// Turns zod issues into findings that read like advice to the person editing the file.
import type * as z from "zod/mini";
import { isReferencePath } from "../model/references.js";
import { schemaAt } from "../model/schema-walk.js";
import { didYouMean } from "../util/did-you-mean.js";
import { plural } from "../util/plural.js";
import { cutText, quoteValue } from "../util/quote-value.js";
import type { DataPath, Finding } from "./diagnostic.js";

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

export function findingsFromIssues(
  file: string,
  schema: AnySchema,
  value: unknown,
  issues: Issue[],
  /** The kind of road-map file, for what its keys hold (ids: model/references.ts). */
  kind?: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const issue of issues.flatMap(narrowUnion)) {
    const path = issue.path.map((step) => (typeof step === "number" ? step : String(step)));
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        findings.push({
          file,
          rule: "unknown-key",
          severity: "error",
          message: `unknown key ${quoteValue(key)}${where(path)}${didYouMean(key, known)}`,
          path: [...path, key],
          at: "key",
        });
      }
      continue;
    }
    const actual = valueAt(value, path);
    // A required key that is absent: zod says "invalid type" (or, for number-or-string
    // values such as `target`, "invalid union"); the person needs to hear "missing".
    if ((issue.code === "invalid_type" || issue.code === "invalid_union") && actual === undefined) {
      findings.push({
        file,
        rule: "schema",
        severity: "error",
        message: `missing required key "${String(path.at(-1))}"${where(path.slice(0, -1))}`,
        path: path.slice(0, -1),
        at: "value",
      });
      continue;
    }
    findings.push({
      file,
      rule: "schema",
      severity: "error",
      message: isIdWrittenAsNumber(kind, path, actual)
        ? describeIdWrittenAsNumber(path, actual)
        : `${label(path)} ${describeProblem(issue, actual)} (found ${show(actual)})`,
      path,
      at: "value",
    });
  }
  return findings;
}

/**
 * A union whose value has the type of exactly one option (a list given for `owner`, which is a
 * name or a list of names) failed inside that option: report that option's issues, which point
 * at the element at fault, instead of "must be a string or a list".
 */
function narrowUnion(issue: Issue): Issue[] {
  if (issue.code !== "invalid_union") return [issue];
  const matching = issue.errors.filter((branch) => !isWrongTypeOfWhole(branch));
  if (matching.length !== 1) return [issue];
  return matching[0]!.flatMap((inner) => narrowUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** A union option's issues saying only that the value as a whole has another type. */
function isWrongTypeOfWhole(branch: readonly Issue[]): boolean {
  return branch.length === 1 && branch[0]!.code === "invalid_type" && branch[0]!.path.length === 0;
}

/** "a number or a string", from the types a union's options expected. */
function describeUnionTypes(issue: Issue): string {
  if (issue.code !== "invalid_union") return "";
  const expected = issue.errors.flatMap((branch) =>
    branch.length === 1 && branch[0]!.code === "invalid_type" ? [article(branch[0]!.expected)] : [],
  );
  return expected.length === issue.errors.length ? expected.join(" or ") : "a value of another form";
}

/** `milestone: 2026` where milestone ids are text: YAML reads the plain 2026 as a number. */
function isIdWrittenAsNumber(kind: string | undefined, path: DataPath, actual: unknown): actual is number {
  return typeof actual === "number" && kind !== undefined && isReferencePath(kind, path);
}

function describeIdWrittenAsNumber(path: DataPath, actual: number): string {
  // The number as YAML read it is the id only when written plainly (1.10 reads as 1.1).
  const quoted = Number.isInteger(actual) ? ` ("${actual}")` : " as written";
  return `${label(path)} is read as the number ${actual}, but ids are text: quote it${quoted}; roadmap fmt quotes such ids`;
}

function describeProblem(issue: Issue, actual: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return `must be ${article(issue.expected === "int" ? "whole number" : issue.expected)}`;
    case "invalid_value": {
      const options = issue.values.map(String);
      return `must be one of ${options.join(", ")}${typeof actual === "string" ? didYouMean(actual, options) : ""}`;
    }
    case "too_small":
      if (issue.origin === "array") return `must hold at least ${plural(Number(issue.minimum), "item")}`;
      return `must be ${issue.inclusive ? "at least" : "greater than"} ${String(issue.minimum)}`;
    case "too_big":
      return `must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}`;
    case "invalid_union":
      return `must be ${describeUnionTypes(issue)}`;
    default:
      return issue.message;
  }
}

function article(noun: string): string {
  if (noun === "object") return "a mapping of keys";
  if (noun === "array") return "a list";
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function label(path: DataPath): string {
  if (path.length === 0) return "the file";
  return `"${formatPath(path)}"`;
}

function where(path: DataPath): string {
  return path.length === 0 ? "" : ` in ${formatPath(path)}`;
}

/** `stories[2].points` */
function formatPath(path: DataPath): string {
  return (
    path
      // Keys on a path may be any text a file holds (a team's capacity per milestone id).
      .map((step, i) =>
        typeof step === "number" ? `[${step}]` : i === 0 ? cutText(step) : `.${cutText(step)}`,
      )
      .join("")
  );
}

function show(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "a mapping";
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function valueAt(value: unknown, path: DataPath): unknown {
  let current = value;
  for (const step of path) {
    if (typeof current !== "object" || current === null) return undefined;
    if (!Object.hasOwn(current, step)) return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** The keys the schema allows at a path, for "did you mean" hints. */
function knownKeysAt(schema: AnySchema, path: DataPath): string[] {
  const def = schemaAt(schema, path)?._zod.def as unknown as Record<string, unknown> | undefined;
  return def?.type === "object" ? Object.keys(def.shape as object) : [];
}
