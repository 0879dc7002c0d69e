// unknown-reference: every id an item names must exist (with a "did you mean" hint).
// References are read from each file's raw value (model/references.ts), not from the validated
// model, so a file that fails the schema still has its references checked: one typo must not
// hide another.
import type { Finding } from "../diagnostics/diagnostic.js";
import type { ReferencedKind, ReferenceSite } from "../model/references.js";
import { didYouMean } from "../util/did-you-mean.js";
import { quoteValue } from "../util/quote-value.js";

/**
 * Ids by kind of every file that claimed one, valid or not: a reference to an item whose
 * own file is broken is not reported twice.
 */
export type KnownIds = Record<ReferencedKind | "idea", Map<string, string>>;

export function checkReferences(sites: readonly ReferenceSite[], known: KnownIds): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites) {
    if (known[site.kind].has(site.id)) continue;
    findings.push({
      file: site.file,
      rule: "unknown-reference",
      severity: "error",
      message: `${site.kind} ${quoteValue(site.id)} does not exist${didYouMean(site.id, known[site.kind].keys())}`,
      path: site.path,
      at: site.isKey ? "key" : "value",
    });
  }
  return findings;
}
