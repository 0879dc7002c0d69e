// unknown-reference: every id an item names must exist (with a "did you mean" hint).
// References are read from each file's raw value, not from the validated model, so a file
// that fails the schema still has its references checked: one typo must not hide another.
import type { DataPath, Finding } from "../diagnostics/diagnostic.js";
import { didYouMean } from "../util/did-you-mean.js";

/**
 * Ids by kind of every file that claimed one, valid or not: a reference to an item whose
 * own file is broken is not reported twice.
 */
export interface KnownIds {
  theme: Map<string, string>;
  milestone: Map<string, string>;
  epic: Map<string, string>;
}

/** One id named by one item: `theme: growth` in epics/sso.yaml. */
export interface ReferenceSite {
  file: string;
  path: DataPath;
  kind: keyof KnownIds;
  id: string;
}

/** The references a milestone or epic file names; best-effort, only string values count. */
export function collectReferences(file: string, kind: "milestone" | "epic", value: unknown): ReferenceSite[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [];
  const sites: ReferenceSite[] = [];
  const add = (path: DataPath, target: keyof KnownIds, id: unknown): void => {
    if (typeof id === "string") sites.push({ file, path, kind: target, id });
  };
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, "theme")) add(["theme"], "theme", record.theme);
  if (kind === "epic") {
    if (Object.hasOwn(record, "milestone")) add(["milestone"], "milestone", record.milestone);
    if (Object.hasOwn(record, "continues")) add(["continues"], "epic", record.continues);
    const dependencies = Object.hasOwn(record, "depends_on") ? record.depends_on : undefined;
    if (Array.isArray(dependencies)) {
      dependencies.forEach((id, index) => {
        add(["depends_on", index], "epic", id);
      });
    }
  }
  return sites;
}

export function checkReferences(sites: readonly ReferenceSite[], known: KnownIds): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites) {
    if (known[site.kind].has(site.id)) continue;
    findings.push({
      file: site.file,
      rule: "unknown-reference",
      severity: "error",
      message: `${site.kind} "${site.id}" does not exist${didYouMean(site.id, known[site.kind].keys())}`,
      path: site.path,
      at: "value",
    });
  }
  return findings;
}
