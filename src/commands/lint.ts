// `roadmap lint`: validation, then the lint rules (docs/rules.md), reported together.
import { countDiagnostics } from "../diagnostics/diagnostic.js";
import { locateFindings } from "../diagnostics/locate.js";
import { describeValidationRules } from "../diagnostics/rule-ids.js";
import { lintRoadmap } from "../lint/lint-roadmap.js";
import { lintRules } from "../lint/registry.js";
import type { Io } from "./io.js";
import { openRoadmap } from "./open-roadmap.js";
import type { ReadOptions } from "./options.js";
import {
  chooseDiagnosticFormat,
  exitCodeFor,
  type NarrowOptions,
  reportDiagnostics,
  resolveNarrowing,
} from "./report-diagnostics.js";
import { resolveToday } from "./today.js";

export interface LintCommandOptions extends ReadOptions, NarrowOptions {
  /** Checked where declared (flags.ts). */
  maxWarnings?: number;
}

export async function runLint(options: LintCommandOptions, io: Io): Promise<number> {
  const format = chooseDiagnosticFormat(options);
  const { maxWarnings } = options;
  const rules = [
    ...describeValidationRules(),
    ...lintRules.map(({ id, description }) => ({ id, description })),
  ];
  const narrowing = resolveNarrowing(options, rules);
  const today = resolveToday(options.today, io.env);
  const opened = await openRoadmap(options, io);
  const findings = [...opened.findings, ...lintRoadmap(opened.roadmap, { today })];
  const diagnostics = locateFindings(findings, opened.textOf);
  reportDiagnostics(diagnostics, format, { dir: opened.dir, io, rules, narrowing });

  const exitCode = exitCodeFor(diagnostics);
  const { warnings } = countDiagnostics(diagnostics);
  if (exitCode === 0 && maxWarnings !== undefined && warnings > maxWarnings) {
    io.err(`roadmap: too many warnings (${warnings}, --max-warnings ${maxWarnings})\n`);
    return 1;
  }
  return exitCode;
}
