// roadmap.config.yaml (docs/rules.md): `rules: {<rule-id>: off|warn|error | [severity, {options}]}`.
// Problems are diagnostics in that file, with the ids other files use: `unknown-key` for an
// unknown key, rule id or option, `schema` for a bad value. A rule whose setting is broken
// does not run: its findings would follow options the user did not ask for.
import * as z from "zod/mini";
import type { Finding } from "../diagnostics/diagnostic.js";
import type { LintRuleId } from "../diagnostics/rule-ids.js";
import { findingsFromIssues } from "../diagnostics/schema-findings.js";
import type { Located } from "../model/roadmap.js";
import { didYouMean } from "../util/did-you-mean.js";
import { cutText, quoteValue } from "../util/quote-value.js";
import { pushAll } from "../util/spread-free.js";
import type { LintRule, RuleSetting } from "./rule.js";

export interface RuleConfig {
  severity: RuleSetting;
  /** Raw options from the file; the rule's schema fills in defaults. */
  options: unknown;
}

export interface LintConfig {
  /** Rules the file sets (off when their setting is broken); the others run with their defaults. */
  rules: Map<LintRuleId, RuleConfig>;
  findings: Finding[];
}

const SETTINGS = ["off", "warn", "error"] as const;

const configSchema = z.strictObject({
  rules: z.optional(z.nullable(z.looseObject({}))),
});

export function resolveLintConfig(
  config: Located<unknown> | undefined,
  rules: readonly LintRule[],
): LintConfig {
  const result: LintConfig = { rules: new Map(), findings: [] };
  if (config === undefined || config.data === null || config.data === undefined) return result;
  const parsed = configSchema.safeParse(config.data);
  if (!parsed.success) {
    pushAll(result.findings, findingsFromIssues(config.file, configSchema, config.data, parsed.error.issues));
  }
  // An unknown key beside `rules` must not hide the problems of the rules themselves.
  const settings = isMapping(config.data) ? config.data.rules : undefined;
  if (!isMapping(settings)) return result;
  const ruleById = new Map<string, LintRule>(rules.map((rule) => [rule.id, rule]));
  for (const [id, value] of Object.entries(settings)) {
    const rule = ruleById.get(id);
    if (rule === undefined) {
      result.findings.push({
        file: config.file,
        rule: "unknown-key",
        severity: "error",
        message: `unknown lint rule ${quoteValue(id)}${didYouMean(id, ruleById.keys())}`,
        path: ["rules", id],
        at: "key",
      });
      continue;
    }
    const setting = readSetting(config.file, rule, value, result.findings);
    result.rules.set(rule.id, setting ?? { severity: "off", options: undefined });
  }
  return result;
}

function readSetting(
  file: string,
  rule: LintRule,
  value: unknown,
  findings: Finding[],
): RuleConfig | undefined {
  const [severity, options] = Array.isArray(value) ? value : [value];
  const shapeOk = !Array.isArray(value) || (value.length >= 1 && value.length <= 2);
  if (!shapeOk || !isSetting(severity)) {
    const at = Array.isArray(value) && shapeOk ? ["rules", rule.id, 0] : ["rules", rule.id];
    const hint = typeof severity === "string" ? didYouMean(severity, SETTINGS) : "";
    findings.push({
      file,
      rule: "schema",
      severity: "error",
      message: `rule "${rule.id}" must be set to off, warn or error, or [severity, {options}] (found ${cutText(JSON.stringify(value) ?? String(value))})${hint}`,
      path: at,
      at: "value",
    });
    return undefined;
  }
  const parsed = z.safeParse(rule.options, options ?? {});
  if (parsed.success) return { severity, options };
  for (const finding of findingsFromIssues(file, rule.options, options, parsed.error.issues)) {
    findings.push({
      ...finding,
      message: `rule "${rule.id}" option ${finding.message}`,
      path: ["rules", rule.id, 1, ...(finding.path ?? [])],
    });
  }
  return undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isSetting(value: unknown): value is RuleSetting {
  return (SETTINGS as readonly unknown[]).includes(value);
}
