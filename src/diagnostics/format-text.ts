import type { Paint } from "../util/paint.js";
import { countDiagnostics, type Diagnostic } from "./diagnostic.js";

/** `file:line:column  severity  message  rule`, one a line, then a summary line. */
export function formatDiagnosticsText(diagnostics: readonly Diagnostic[], paint: Paint): string {
  const lines = diagnostics.map((d) => {
    const severity = d.severity === "error" ? paint.red("error") : paint.yellow("warn ");
    return `${paint.underline(`${d.file}:${d.line}:${d.column}`)}  ${severity}  ${d.message}  ${paint.dim(d.rule)}`;
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
