import type { Diagnostic } from "./diagnostic.js";
import type { DiagnosticFormatContext } from "./diagnostic-formats.js";

/** SARIF 2.1.0: one rule per rule id, one result per diagnostic, with its region. */
export function formatDiagnosticsSarif(
  diagnostics: readonly Diagnostic[],
  context: Pick<DiagnosticFormatContext, "rules" | "tool">,
): string {
  const { rules, tool } = context;
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "roadmap",
            version: tool.version,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
            })),
          },
        },
        originalUriBaseIds: { ROADMAP_ROOT: { uri: tool.uriBase } },
        results: diagnostics.map((d) => ({
          ruleId: d.rule,
          ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
          level: d.severity === "error" ? "error" : "warning",
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file, uriBaseId: "ROADMAP_ROOT" },
                ...(d.line > 0 ? { region: { startLine: d.line, startColumn: Math.max(1, d.column) } } : {}),
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
