// One hostile file (120,000 unknown keys) must not bury every other file's problems, nor cost
// minutes to print: each file lists at most MAX_DIAGNOSTICS_PER_FILE problems, in position
// order, and a note says how many more there are. The counts still include every problem
// (docs/format.md, "Limits"). Every command that prints diagnostics caps them here, after any
// --rule/--quiet narrowing (so a narrowed rule's problems are never hidden behind others').
import type { Diagnostic, DiagnosticCounts } from "./diagnostic.js";

const MAX_DIAGNOSTICS_PER_FILE = 100;

/** `sorted`: by file, then position. Keeps each file's first `max`, then the note for the rest. */
export function capPerFile(sorted: readonly Diagnostic[], max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  const kept: Diagnostic[] = [];
  let start = 0;
  while (start < sorted.length) {
    const file = sorted[start]!.file;
    let end = start;
    while (end < sorted.length && sorted[end]!.file === file) end++;
    for (let i = start; i < Math.min(end, start + max); i++) kept.push(sorted[i]!);
    if (end - start > max) kept.push(omittedNote(file, sorted, start + max, end, max));
    start = end;
  }
  return kept;
}

function omittedNote(
  file: string,
  sorted: readonly Diagnostic[],
  from: number,
  to: number,
  max: number,
): Diagnostic {
  const rules: Record<string, DiagnosticCounts> = {};
  let errors = 0;
  for (let i = from; i < to; i++) {
    const { rule, severity } = sorted[i]!;
    // Rule ids come from our own lists; an own-property check keeps the map honest all the same.
    const counts = Object.hasOwn(rules, rule) ? rules[rule]! : { errors: 0, warnings: 0 };
    rules[rule] = counts;
    if (severity === "error") {
      counts.errors++;
      errors++;
    } else counts.warnings++;
  }
  const warnings = to - from - errors;
  const total = to - from + max;
  return {
    file,
    line: 0,
    column: 0,
    severity: errors > 0 ? "error" : "warn",
    rule: "too-many-problems",
    message: `${total} problems in this file: only the first ${max} are listed, ${to - from} more are not (${errors} errors, ${warnings} warnings); fix these and run again`,
    omitted: { errors, warnings, rules },
  };
}
