// `roadmap export --format <format> [-o file]` (docs/export.md): the road map, filtered like
// `show`, for other tools and for people, or its backlog for GitHub or Jira. Formats are pure
// functions looked up in one map (export/exporters.ts; their names in export/export-formats.ts);
// this reads, filters, renders and writes (atomically with -o).
import { roadmapForAudience } from "../audience/redact-roadmap.js";
import { UsageError } from "../errors.js";
import { type ExportFormat, exportFormats } from "../export/export-formats.js";
import { type IssueGrain, issueGrains } from "../export/exporter.js";
import { exporters } from "../export/exporters.js";
import { filterRoadmap } from "../views/filter.js";
import { type AudienceOptions, resolveAudience } from "./audience.js";
import { type FilterOptions, resolveFilter } from "./filter-options.js";
import type { Io } from "./io.js";
import { exitAfterPartialOutput, openRoadmap } from "./open-roadmap.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { resolveToday } from "./today.js";
import { resolveWindow } from "./window-options.js";
import { writeOutput } from "./write-output.js";

export interface ExportOptions extends ReadOptions, FilterOptions, AudienceOptions {
  output?: string;
  per?: string;
  from?: string;
  to?: string;
}

export async function runExport(options: ExportOptions, io: Io): Promise<number> {
  if (options.format === undefined && !options.json) {
    throw new UsageError(`export needs --format: one of ${exportFormats.join(", ")}`);
  }
  const format = resolveFormat(options, exportFormats, "json");
  const per = resolvePer(options.per, format);
  const audience = resolveAudience(options);
  const today = resolveToday(options.today, io.env);
  const opened = await openRoadmap(options, io);
  const visible = roadmapForAudience(opened.roadmap, audience);
  const roadmap = filterRoadmap(
    visible,
    resolveFilter(options, visible, today, (line) => io.err(`roadmap: ${line}\n`)),
  );
  const window = resolveWindow(options, format, today, visible.mission?.data.fiscal_year_start ?? 1);
  const text = exporters[format](roadmap, { today, per, window });
  writeOutput(options.output, text, io);
  return exitAfterPartialOutput(opened, io, "exported what validated");
}

/** `--per story|epic`, which only the github-issues format takes. */
function resolvePer(given: string | undefined, format: ExportFormat): IssueGrain | undefined {
  if (given === undefined) return undefined;
  if (format !== "github-issues") throw new UsageError("--per applies to --format github-issues only");
  if ((issueGrains as readonly string[]).includes(given)) return given as IssueGrain;
  throw new UsageError(`--per must be ${issueGrains.join(" or ")} (got "${given}")`);
}
