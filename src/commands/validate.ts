import { describeValidationRules, lintRuleIds } from "../diagnostics/rule-ids.js";
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

export async function runValidate(options: ReadOptions & NarrowOptions, io: Io): Promise<number> {
  const format = chooseDiagnosticFormat(options);
  const rules = describeValidationRules();
  const narrowing = resolveNarrowing(options, rules, lintRuleIds);
  const roadmap = await openRoadmap(options, io);
  const diagnostics = roadmap.diagnostics();
  reportDiagnostics(diagnostics, format, { dir: roadmap.dir, io, rules, narrowing });
  return exitCodeFor(diagnostics);
}
