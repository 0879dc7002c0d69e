import { escapeForTerminal } from "../util/terminal-text.js";
import type { Diagnostic } from "./diagnostic.js";
import type { DiagnosticFormatContext } from "./diagnostic-formats.js";

/** GitHub Actions workflow commands, one per diagnostic, on the file's path in the repository. */
export function formatDiagnosticsGithub(
  diagnostics: readonly Diagnostic[],
  context: Pick<DiagnosticFormatContext, "folderInRepo">,
): string {
  const prefix = context.folderInRepo;
  return diagnostics
    .map((d) => {
      const command = d.severity === "error" ? "error" : "warning";
      const file = escapeProperty(prefix === "" ? d.file : `${prefix}/${d.file}`);
      const position = d.line > 0 ? `,line=${d.line},col=${d.column}` : "";
      const title = escapeProperty(d.rule);
      return `::${command} file=${file}${position},title=${title}::${escapeData(d.message)}\n`;
    })
    .join("");
}

/** GitHub's own encoding for line breaks; any other control shows escaped in the CI log. */
function escapeData(text: string): string {
  return escapeForTerminal(text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A"));
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
