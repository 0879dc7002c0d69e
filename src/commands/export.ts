// `roadmap export --format json|markdown|mermaid|csv|html [-o file]` (docs/export.md): the road
// map, filtered like `show`, for other tools and for people. Formats are pure functions looked up
// in one map (export/exporters.ts); this reads, filters, renders and writes (atomically with -o).
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../errors.js";
import { exporters, exportFormats } from "../export/exporters.js";
import { writeFileAtomic } from "../load/write-file.js";
import { filterRoadmap } from "../views/filter.js";
import { type FilterOptions, resolveFilter } from "./filter-options.js";
import type { Io } from "./io.js";
import { openRoadmap } from "./open-roadmap.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { resolveToday } from "./today.js";

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
  const text = exporters[format](roadmap, { today });
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
