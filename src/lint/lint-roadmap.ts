// The lint engine: reads the configuration, runs every rule that is not off with its
// severity and options, and returns findings (data paths; the caller locates them).
import type { Finding } from "../diagnostics/diagnostic.js";
import type { Roadmap } from "../model/roadmap.js";
import { resolveLintConfig } from "./config.js";
import { lintRules } from "./registry.js";
import type { LintRule } from "./rule.js";

export interface LintOptions {
  /** YYYY-MM-DD, from --today / ROADMAP_TODAY / the local date. */
  today: string;
  rules?: readonly LintRule[];
}

export function lintRoadmap(roadmap: Roadmap, options: LintOptions): Finding[] {
  const rules = options.rules ?? lintRules;
  const config = resolveLintConfig(roadmap.config, rules);
  const findings: Finding[] = [...config.findings];
  for (const rule of rules) {
    const setting = config.rules.get(rule.id) ?? { severity: rule.defaultSeverity, options: undefined };
    if (setting.severity === "off") continue;
    const severity = setting.severity;
    for (const finding of rule.check(roadmap, { today: options.today, options: setting.options })) {
      findings.push({ ...finding, rule: rule.id, severity });
    }
  }
  return findings;
}
