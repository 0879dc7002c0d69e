// `--rule <id,...>` and `--quiet` for validate and lint (docs/rules.md): what the report
// shows. The exit code still follows every diagnostic: the road map has the errors it has,
// whatever a reader chose to look at.
import { countDiagnostics, type Diagnostic } from "./diagnostic.js";
import type { HiddenDiagnostics } from "./diagnostic-formats.js";
import type { RuleId } from "./rule-ids.js";

export interface Narrowing {
  /** Only these rule ids; undefined for all. */
  rules?: ReadonlySet<RuleId>;
  /** Errors only. */
  quiet?: boolean;
}

export function narrowDiagnostics(
  diagnostics: readonly Diagnostic[],
  narrowing: Narrowing,
): { shown: Diagnostic[]; hidden: HiddenDiagnostics | undefined } {
  const { rules, quiet } = narrowing;
  if (rules === undefined && !quiet) return { shown: [...diagnostics], hidden: undefined };
  const shown = diagnostics.filter(
    (d) => (rules === undefined || rules.has(d.rule)) && (!quiet || d.severity === "error"),
  );
  const by = [rules === undefined ? "" : "--rule", quiet ? "--quiet" : ""]
    .filter((flag) => flag !== "")
    .join(", ");
  const all = countDiagnostics(diagnostics);
  const visible = countDiagnostics(shown);
  return {
    shown,
    hidden: { errors: all.errors - visible.errors, warnings: all.warnings - visible.warnings, by },
  };
}
