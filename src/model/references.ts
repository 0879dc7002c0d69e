// Which keys of which kind of item name another item (docs/format.md, docs/review.md,
// docs/edit.md): the one table that validation (unknown-reference) reads references from and
// `roadmap mv` rewrites them by. A new reference key is one line here.

/** Steps into a file's data: mapping keys and list indices. */
type DataPath = readonly (string | number)[];

/** Items that other items refer to by id. */
export type ReferencedKind = "theme" | "milestone" | "epic" | "team";
/** Items whose files hold references. */
export type ReferringKind = "milestone" | "epic" | "idea" | "team";

/** Any index of a list. */
export const EACH_ITEM = Symbol("each item");
/** Every key of a mapping is itself a reference (a team's capacity per milestone). */
export const EACH_KEY = Symbol("each key");

export type ReferenceStep = string | typeof EACH_ITEM | typeof EACH_KEY;

export interface ReferenceRule {
  from: ReferringKind;
  /** Where the id sits in the referring file's data. */
  path: readonly ReferenceStep[];
  to: ReferencedKind;
  /** With EACH_KEY: keys that are not references (`default`). */
  exceptKeys?: readonly string[];
}

const referenceRules: readonly ReferenceRule[] = [
  { from: "milestone", path: ["theme"], to: "theme" },
  { from: "epic", path: ["theme"], to: "theme" },
  { from: "epic", path: ["milestone"], to: "milestone" },
  { from: "epic", path: ["depends_on", EACH_ITEM], to: "epic" },
  { from: "epic", path: ["continues"], to: "epic" },
  { from: "epic", path: ["teams", EACH_ITEM], to: "team" },
  { from: "epic", path: ["stories", EACH_ITEM, "team"], to: "team" },
  { from: "team", path: ["capacity", EACH_KEY], to: "milestone", exceptKeys: ["default"] },
  { from: "idea", path: ["theme"], to: "theme" },
  { from: "idea", path: ["promoted_to"], to: "epic" },
];

/** One id named in one file: `theme: growth` in epics/sso.yaml. */
export interface ReferenceSite {
  file: string;
  /** The value's path, or the key's when the reference is a mapping key. */
  path: DataPath;
  /** The id is the mapping key at `path` rather than a value. */
  isKey: boolean;
  kind: ReferencedKind;
  id: string;
}

/**
 * The references a file's raw value names, by the table above. Best-effort on unvalidated
 * data: only string ids count, so a file that fails the schema still has its references read.
 */
export function collectReferences(file: string, kind: string, value: unknown): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  for (const rule of referenceRules) {
    if (rule.from !== kind) continue;
    walk(value, rule.path, [], (path, id, isKey) => {
      if (!(isKey && rule.exceptKeys?.includes(id))) sites.push({ file, path, isKey, kind: rule.to, id });
    });
  }
  return sites;
}

/**
 * Whether a concrete data path of a file of `kind` holds an id by the table above
 * (`["stories", 2, "team"]` in an epic): for messages about the value found there.
 */
export function isReferencePath(kind: string, path: DataPath): boolean {
  // A rule ending in EACH_KEY names ids by its keys: the values there are something else.
  return referenceRules.some(
    (rule) => rule.from === kind && rule.path.at(-1) !== EACH_KEY && matches(rule.path, path),
  );
}

function matches(steps: readonly ReferenceStep[], path: DataPath): boolean {
  if (steps.length !== path.length) return false;
  return steps.every((step, index) => {
    const at = path[index];
    if (step === EACH_ITEM) return typeof at === "number";
    if (step === EACH_KEY) return typeof at === "string";
    return step === at;
  });
}

/**
 * The keys of a kind's mapping at `within` (a path of keys, lists stepped through) whose value,
 * or each item of whose list, is an id: `fmt` quotes such values written as numbers.
 */
export function idKeysOf(kind: string, within: readonly string[]): string[] {
  const keys: string[] = [];
  for (const rule of referenceRules) {
    if (rule.from !== kind) continue;
    const named = rule.path.filter((step): step is string => typeof step === "string");
    const last = rule.path.at(-1);
    if (last === EACH_KEY) continue;
    const key = named.at(-1);
    if (key === undefined || named.length !== within.length + 1) continue;
    if (within.every((step, index) => named[index] === step) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

function walk(
  value: unknown,
  steps: readonly ReferenceStep[],
  path: (string | number)[],
  found: (path: DataPath, id: string, isKey: boolean) => void,
): void {
  const [step, ...rest] = steps;
  if (step === undefined) {
    if (typeof value === "string") found(path, value, false);
    return;
  }
  if (step === EACH_ITEM) {
    if (!Array.isArray(value)) return;
    value.forEach((item, index) => {
      walk(item, rest, [...path, index], found);
    });
    return;
  }
  if (!isMapping(value)) return;
  if (step === EACH_KEY) {
    for (const key of Object.keys(value)) {
      if (rest.length === 0) found([...path, key], key, true);
      else walk(value[key], rest, [...path, key], found);
    }
    return;
  }
  if (Object.hasOwn(value, step)) walk(value[step], rest, [...path, step], found);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
