// One shape for every problem that validate and lint report (README.md).
import type { RuleId } from "./rule-ids.js";

export type Severity = "error" | "warn";

/** A step into parsed YAML: a mapping key or a sequence index. */
export type DataPath = readonly (string | number)[];

export interface Diagnostic {
  /** Relative to the road-map folder, posix separators. */
  file: string;
  /** 1-based; 0 when the problem is the file as a whole. */
  line: number;
  column: number;
  severity: Severity;
  rule: RuleId;
  message: string;
  /**
   * Only on the note that ends a file's list when the file has more problems than are listed
   * (cap-per-file.ts): the problems left out, in all and per rule, which the counts include.
   */
  omitted?: OmittedDiagnostics;
}

export interface OmittedDiagnostics extends DiagnosticCounts {
  rules: Record<string, DiagnosticCounts>;
}

/**
 * What a producer (parser, validator, lint rule) reports: a data path into a file rather
 * than a position. `locateFindings` turns paths into lines and columns, so only the files
 * that actually have problems pay for a position-tracking parse.
 */
export interface Finding {
  file: string;
  rule: RuleId;
  severity: Severity;
  message: string;
  /** Where in the file's data; empty for the document itself. */
  path?: DataPath;
  /** Point at the mapping key (default) or at its value. */
  at?: "key" | "value";
  /** A position already known (syntax errors); takes precedence over `path`. */
  position?: { line: number; column: number };
}

export interface DiagnosticCounts {
  errors: number;
  warnings: number;
}

/** Every problem found, including those a capped list leaves out (the note itself is not one). */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.omitted !== undefined) {
      errors += d.omitted.errors;
      warnings += d.omitted.warnings;
    } else if (d.severity === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Stable order: file, line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
