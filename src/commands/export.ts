// `roadmap export --format json|markdown|mermaid|csv|html [-o file]` (docs/export.md): the road
// map, filtered like `show`, for other tools and for people. Renderers are pure; this reads,
// filters, rolls up and writes (atomically with -o).
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { renderCsvExport } from "../export/export-csv.js";
import { renderHtmlExport } from "../export/export-html.js";
import { renderJsonExport } from "../export/export-json.js";
import { renderMarkdownExport } from "../export/export-markdown.js";
import { renderMermaidExport } from "../export/export-mermaid.js";
import { writeFileAtomic } from "../load/write-file.js";
import { rollupRoadmap } from "../rollup/rollup.js";
import { filterRoadmap } from "../views/filter.js";
import { type FilterOptions, resolveFilter } from "./filter-options.js";
import type { Io } from "./io.js";
import { openRoadmap } from "./open-roadmap.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { resolveToday } from "./today.js";

export const exportFormats = ["json", "markdown", "mermaid", "csv", "html"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportOptions extends ReadOptions, FilterOptions {
  output?: string;
}

export async function runExport(options: ExportOptions, io: Io): Promise<number> {
  if (options.format === undefined && !options.json) {
    throw new UsageError(`export needs --format: one of ${exportFormats.join(", ")}`);
  }
  const format = resolveFormat(options, exportFormats, "json");
  const today = resolveToday(options.today, io.env);
  const opened = await openRoadmap(options, io);
  const roadmap = filterRoadmap(opened.roadmap, resolveFilter(options, opened.roadmap, today));
  const rollup = rollupRoadmap(roadmap);
  const text =
    format === "json"
      ? renderJsonExport(roadmap, rollup)
      : format === "markdown"
        ? renderMarkdownExport(roadmap, rollup)
        : format === "mermaid"
          ? renderMermaidExport(roadmap)
          : format === "csv"
            ? renderCsvExport(roadmap)
            : renderHtmlExport(roadmap, rollup, {
                today,
                fiscalYearStart: opened.roadmap.mission?.data.fiscal_year_start ?? 1,
              });
  if (options.output === undefined) io.out(text);
  else writeOutput(resolve(io.cwd, options.output), text);

  const errors = opened.findings.filter((finding) => finding.severity === "error").length;
  if (errors === 0) return 0;
  io.err(
    `roadmap: the road map has ${errors} error${errors === 1 ? "" : "s"}; exported what validated (run roadmap validate)\n`,
  );
  return 1;
}

function writeOutput(path: string, text: string): void {
  if (isFolder(path)) throw new UsageError(`cannot write ${path}: it is a folder; name a file with -o`);
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
