import { posix } from "node:path";
import type { Paint } from "../util/paint.js";
import { plural } from "../util/plural.js";
import { escapeForTerminal } from "../util/terminal-text.js";
import { countDiagnostics, type Diagnostic, type Severity } from "./diagnostic.js";
import type { DiagnosticFormatContext, HiddenDiagnostics } from "./diagnostic-formats.js";

/** What the text format reads of the context (fmt and the edit commands print with it too). */
export type TextFormatContext = Pick<DiagnosticFormatContext, "paint" | "folder" | "hidden">;

/**
 * `path:line:column  severity  message  rule`, one a line, then a summary line with a count per
 * rule (README.md), errors first and each severity's rules by count, so that on a large road map the
 * few structural problems are not lost among thousands of style warnings:
 * `2 errors: 2 unknown-reference; 1942 warnings: 993 story-format, 949 missing-acceptance`.
 * File names and messages (which quote road-map values) are terminal-safe: a control character
 * shows escaped, so a newline in a file name cannot split a line (docs/guarantees.md, "Output").
 */
export function formatDiagnosticsText(
  diagnostics: readonly Diagnostic[],
  context: TextFormatContext,
): string {
  const { paint, folder, hidden } = context;
  const lines = diagnostics.map((d) => {
    const severity = d.severity === "error" ? paint.red("error") : paint.yellow("warn ");
    const path = escapeForTerminal(folder === "" ? d.file : posix.join(folder, d.file));
    const message = escapeForTerminal(d.message);
    return `${paint.underline(`${path}:${d.line}:${d.column}`)}  ${severity}  ${message}  ${paint.dim(d.rule)}`;
  });
  lines.push(summarize(diagnostics, paint, hidden));
  return `${lines.join("\n")}\n`;
}

function summarize(
  diagnostics: readonly Diagnostic[],
  paint: Paint,
  hidden: HiddenDiagnostics | undefined,
): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const more = describeHidden(hidden);
  if (errors === 0 && warnings === 0) {
    return more === "" ? paint.green("no problems found") : paint.dim(`nothing to show; ${more}`);
  }
  const parts = [
    errors > 0 ? `${plural(errors, "error")}: ${countPerRule(diagnostics, "error")}` : "",
    warnings > 0 ? `${plural(warnings, "warning")}: ${countPerRule(diagnostics, "warn")}` : "",
    more,
  ].filter((part) => part !== "");
  const text = parts.join("; ");
  return errors > 0 ? paint.red(paint.bold(text)) : paint.yellow(paint.bold(text));
}

/** `4 errors and 8 warnings not shown (--rule)`: hidden, but they still decide the exit code. */
function describeHidden(hidden: HiddenDiagnostics | undefined): string {
  if (hidden === undefined) return "";
  const counts = [
    hidden.errors > 0 ? plural(hidden.errors, "error") : "",
    hidden.warnings > 0 ? plural(hidden.warnings, "warning") : "",
  ].filter((part) => part !== "");
  return counts.length === 0 ? "" : `${counts.join(" and ")} not shown (${hidden.by})`;
}

/** `993 story-format, 949 missing-acceptance`: most frequent first, ties by rule id. */
function countPerRule(diagnostics: readonly Diagnostic[], severity: Severity): string {
  const counts = new Map<string, number>();
  const add = (rule: string, count: number) => counts.set(rule, (counts.get(rule) ?? 0) + count);
  for (const d of diagnostics) {
    // A capped file's note stands for the problems it leaves out (cap-per-file.ts).
    if (d.omitted !== undefined) {
      for (const [rule, omitted] of Object.entries(d.omitted.rules)) {
        const count = severity === "error" ? omitted.errors : omitted.warnings;
        if (count > 0) add(rule, count);
      }
    } else if (d.severity === severity) add(d.rule, 1);
  }
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .map(([rule, count]) => `${count} ${rule}`)
    .join(", ");
}
