// Every diagnostic format, chosen from one map: `validate` and `lint` look a format up instead of
// branching on it, and a new format is one entry here and its name in diagnostic-formats.ts.
import type { DiagnosticFormat, DiagnosticFormatter } from "./diagnostic-formats.js";
import { formatDiagnosticsGithub } from "./format-github.js";
import { formatDiagnosticsJson } from "./format-json.js";
import { formatDiagnosticsSarif } from "./format-sarif.js";
import { formatDiagnosticsText } from "./format-text.js";

export const diagnosticFormatters = {
  text: formatDiagnosticsText,
  json: formatDiagnosticsJson,
  github: formatDiagnosticsGithub,
  sarif: formatDiagnosticsSarif,
} as const satisfies Record<DiagnosticFormat, DiagnosticFormatter>;
