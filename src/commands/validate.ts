import { validationRules } from "../diagnostics/rule-docs.js";
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

export async function runValidate(options: ReadOptions & NarrowOptions, io: Io): Promise<number> {
  const format = chooseDiagnosticFormat(options);
  const rules = Object.entries(validationRules).map(([id, description]) => ({ id, description }));
  const narrowing = resolveNarrowing(
    options,
    rules,
    lintRules.map((rule) => rule.id),
  );
  const roadmap = await openRoadmap(options, io);
  const diagnostics = roadmap.diagnostics();
  reportDiagnostics(diagnostics, format, { dir: roadmap.dir, io, rules, narrowing });
  return exitCodeFor(diagnostics);
}
