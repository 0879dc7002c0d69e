import { posix } from "node:path";
import type { Paint } from "../util/paint.js";
import { countDiagnostics, type Diagnostic } from "./diagnostic.js";

export interface TextFormatContext {
  paint: Paint;
  /**
   * The road-map folder as seen from the current folder, posix separators ("" when they are the
   * same): SPEC 4 prints paths relative to the current folder, so terminals and editors open them.
   */
  folder: string;
}

/** `path:line:column  severity  message  rule`, one a line, then a summary line. */
export function formatDiagnosticsText(
  diagnostics: readonly Diagnostic[],
  context: TextFormatContext,
): string {
  const { paint, folder } = context;
  const lines = diagnostics.map((d) => {
    const severity = d.severity === "error" ? paint.red("error") : paint.yellow("warn ");
    const path = folder === "" ? d.file : posix.join(folder, d.file);
    return `${paint.underline(`${path}:${d.line}:${d.column}`)}  ${severity}  ${d.message}  ${paint.dim(d.rule)}`;
  });
  lines.push(summarize(diagnostics, paint));
  return `${lines.join("\n")}\n`;
}

function summarize(diagnostics: readonly Diagnostic[], paint: Paint): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  if (errors === 0 && warnings === 0) return paint.green("no problems found");
  const text = `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  return errors > 0 ? paint.red(paint.bold(text)) : paint.yellow(paint.bold(text));
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
