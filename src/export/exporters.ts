// Every export format, chosen from one map (docs/export.md): the command looks a format up
// instead of branching on it, and a new format is one entry here and
// its name in export-formats.ts.
import { renderCsvExport } from "./export-csv.js";
import type { ExportFormat } from "./export-formats.js";
import { renderGithubIssuesExport } from "./export-github-issues.js";
import { renderHtmlExport } from "./export-html.js";
import { renderJiraCsvExport } from "./export-jira-csv.js";
import { renderJsonExport } from "./export-json.js";
import { renderMarkdownExport } from "./export-markdown.js";
import { renderMermaidExport } from "./export-mermaid.js";
import type { Exporter } from "./exporter.js";

export const exporters = {
  json: renderJsonExport,
  markdown: renderMarkdownExport,
  mermaid: renderMermaidExport,
  csv: renderCsvExport,
  html: renderHtmlExport,
  "github-issues": renderGithubIssuesExport,
  "jira-csv": renderJiraCsvExport,
} as const satisfies Record<ExportFormat, Exporter>;
