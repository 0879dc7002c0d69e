// The checks that need nothing but one file's own values: the `id:` key, story ids, date
// order, dependencies as written. They run on what parsed, whatever the schema says about the
// rest, so one mistake never hides another (a story without an id must not hide a duplicate
// story id beside it).
import type { Finding } from "../diagnostics/diagnostic.js";
import type { FileKind } from "../model/layout.js";
import { ID_MAX_LENGTH, ID_PATTERN } from "../model/schemas.js";
import { quoteValue } from "../util/quote-value.js";
import { pushAll } from "../util/spread-free.js";
import { checkDateOrder } from "./date-order.js";

/** The kinds kept one file per item (themes, milestones, epics, ideas, teams). */
type ItemKind = Exclude<FileKind, "mission" | "config" | "stray">;

export function checkOwnValues(path: string, kind: ItemKind, id: string, value: unknown): Finding[] {
  const findings = checkIdKey(path, id, value);
  if (kind === "epic") pushAll(findings, checkStoryIds(path, value));
  if (kind === "milestone" || kind === "epic") pushAll(findings, checkDateOrder(path, kind, value));
  return findings;
}

/** An epic's `depends_on` as written: ids by position, undefined where an entry is not a string. */
export function readDependsOn(value: unknown): (string | undefined)[] {
  const list = fieldOf(value, "depends_on");
  return Array.isArray(list) ? list.map((entry) => (typeof entry === "string" ? entry : undefined)) : [];
}

function checkIdKey(path: string, id: string, value: unknown): Finding[] {
  const declared = fieldOf(value, "id");
  if (typeof declared !== "string" || declared === id) return [];
  return [
    {
      file: path,
      rule: "id-mismatch",
      severity: "error",
      message: `id ${quoteValue(declared)} does not match the file name "${id}"`,
      path: ["id"],
      at: "value",
    },
  ];
}

/** Story ids that are strings: each valid, none twice. Stories without one are the schema's to report. */
function checkStoryIds(path: string, value: unknown): Finding[] {
  const stories = fieldOf(value, "stories");
  if (!Array.isArray(stories)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  stories.forEach((story, index) => {
    const storyId = fieldOf(story, "id");
    if (typeof storyId !== "string") return;
    const where = {
      file: path,
      severity: "error" as const,
      path: ["stories", index, "id"],
      at: "value" as const,
    };
    if (!ID_PATTERN.test(storyId) || storyId.length > ID_MAX_LENGTH) {
      findings.push({
        ...where,
        rule: "invalid-id",
        message: `story id ${quoteValue(storyId)} is not a valid id: use lowercase letters, digits and dashes, at most ${ID_MAX_LENGTH} characters`,
      });
    }
    if (seen.has(storyId)) {
      findings.push({
        ...where,
        rule: "duplicate-id",
        message: `story id ${quoteValue(storyId)} is used twice in this epic`,
      });
    }
    seen.add(storyId);
  });
  return findings;
}

function fieldOf(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, key)) {
    return undefined;
  }
  return (value as Record<string, unknown>)[key];
}
