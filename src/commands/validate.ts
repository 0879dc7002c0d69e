import { validationRules } from "../diagnostics/rule-docs.js";
import type { Io } from "./io.js";
import { openRoadmap } from "./open-roadmap.js";
import type { ReadOptions } from "./options.js";
import { chooseDiagnosticFormat, exitCodeFor, reportDiagnostics } from "./report-diagnostics.js";

export async function runValidate(options: ReadOptions, io: Io): Promise<number> {
  const format = chooseDiagnosticFormat(options);
  const roadmap = await openRoadmap(options, io);
  const diagnostics = roadmap.diagnostics();
  const rules = Object.entries(validationRules).map(([id, description]) => ({ id, description }));
  reportDiagnostics(diagnostics, format, { dir: roadmap.dir, io, rules });
  return exitCodeFor(diagnostics);
}
