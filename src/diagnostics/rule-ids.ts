// Every rule id a diagnostic can carry, as a closed set (docs/rules.md, docs/format.md,
// docs/fmt.md): a producer, the config reader, `--rule` and the tests are typed against it, so a
// misspelt id is a compile error. The lint rules' ids sit here, apart from the rules themselves,
// so the diagnostics layer can name them and `validate` can tell a lint id from an unknown one
// without loading any rule; the registry (lint/registry.ts) has exactly one rule per id.
import { validationRules } from "./rule-docs.js";

export const lintRuleIds = [
  "customer-concentration",
  "declined-without-reason",
  "dependency-order",
  "empty-milestone",
  "epic-without-stories",
  "horizon",
  "milestone-theme-mismatch",
  "milestone-timebox",
  "missing-acceptance",
  "missing-outcome",
  "missing-points",
  "overcommitted",
  "overdue",
  "public-under-internal",
  "status-mismatch",
  "story-format",
  "team-overcommitted",
  "theme-without-epics",
  "unscheduled",
  "untriaged-idea",
] as const;

export type LintRuleId = (typeof lintRuleIds)[number];

/** What `roadmap validate` reports (one line of docs each in rule-docs.ts). */
export type ValidationRuleId = keyof typeof validationRules;

/** `fmt`'s own finding: a file it refuses to rewrite (docs/fmt.md). */
export type FmtRuleId = "fmt-unsafe";

export type RuleId = ValidationRuleId | FmtRuleId | LintRuleId;

/** A rule and its one line of docs, as SARIF's rule table and `--rule` list them. */
export interface RuleDescription {
  id: RuleId;
  description: string;
}

export function describeValidationRules(): RuleDescription[] {
  return (Object.keys(validationRules) as ValidationRuleId[]).map((id) => ({
    id,
    description: validationRules[id],
  }));
}

/** Whether `id` is one of `ids`, typed as such. */
export function isOneOf<Id extends string>(id: string, ids: readonly Id[]): id is Id {
  return (ids as readonly string[]).includes(id);
}
