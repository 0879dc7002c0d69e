// The names of the export formats (README.md `export --format`), apart from their implementations
// (exporters.ts maps each name to its function, checked by the compiler) so the CLI can list them
// in --help and completion without loading every exporter.

export const exportFormats = [
  "json",
  "markdown",
  "mermaid",
  "csv",
  "html",
  "github-issues",
  "jira-csv",
] as const;
export type ExportFormat = (typeof exportFormats)[number];
