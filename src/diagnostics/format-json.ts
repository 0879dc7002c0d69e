import { countDiagnostics, type Diagnostic } from "./diagnostic.js";

/** `{"diagnostics":[...], "errors":N, "warnings":N}` (README.md). */
export function formatDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countDiagnostics(diagnostics);
  return `${JSON.stringify({ diagnostics, errors, warnings }, null, 2)}\n`;
}
