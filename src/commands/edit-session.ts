// The I/O around the edit engine (src/edit/plan-edit.ts), shared by `new`, `set`, `mv` and
// `promote` (docs/edit.md): read the road-map folder and parse it (two threads when big), build
// the edits, plan them, then either print the problems (exit 1, nothing written) or print what
// changed and write every file through the one atomic writer, all or none (--dry-run: nothing).
import { existsSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { capPerFile } from "../diagnostics/cap-per-file.js";

import { formatDiagnosticsText } from "../diagnostics/format-text.js";
import { locateFindings } from "../diagnostics/locate.js";
import { ItemIndex } from "../edit/item-index.js";
import { type Edit, type EditInput, type EditPlan, planEdit } from "../edit/plan-edit.js";
import { UsageError } from "../errors.js";
import { SCHEMA_FOLDER, schemaModeline } from "../init/modeline.js";
import { findRoadmapDir } from "../load/find-roadmap.js";
import { FolderSource } from "../load/folder-source.js";
import { makeFolders, removeFolders } from "../load/make-folders.js";
import { readSources } from "../load/read-sources.js";
import { type FileRemoval, type FileWrite, FileWriteError, writeFilesAtomic } from "../load/write-file.js";
import { plural } from "../util/plural.js";
import { pushAll } from "../util/spread-free.js";
import { escapeForTerminal } from "../util/terminal-text.js";
import { type EditedFile, renderEditSummary } from "../views/text/edit-summary.js";
import { textFormats } from "./flag-values.js";
import type { Io } from "./io.js";
import { type GlobalOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";
import { readSettings } from "./read-settings.js";
import { textContext } from "./report-diagnostics.js";
import { resolveToday } from "./today.js";

export interface EditOptions extends GlobalOptions {
  dryRun?: boolean;
  json?: boolean;
  format?: string;
}

/** What a command has to say beside the changes (sync: the issues it could not match). */
export interface EditReport {
  /** Lines printed after the summary; "" for nothing. */
  text(): string;
  /** Keys added to the --json document. */
  json(): Record<string, unknown>;
}

/** What a command needs to turn its arguments into edits. */
export interface EditContext {
  index: ItemIndex;
  input: EditInput;
  /** YYYY-MM-DD (--today, ROADMAP_TODAY or the local date). */
  today: string;
}

export async function runEdit(
  command: string,
  options: EditOptions,
  io: Io,
  makeEdits: (context: EditContext) => Edit[],
  report?: EditReport,
): Promise<number> {
  const format = resolveFormat(options, textFormats, "text");
  const { dir } = findRoadmapDir({ dir: options.dir, env: io.env, cwd: io.cwd });
  const root = realpathSync(dir);
  const input = await readRoadmap(root, io);
  const today = resolveToday(options.today, io.env);
  const plan = planEdit(
    input,
    makeEdits({ index: new ItemIndex(input.listing, input.parsed), input, today }),
  );
  if (plan.problems.length > 0) {
    const diagnostics = capPerFile(locateFindings(plan.problems, plan.textOf));
    io.err(formatDiagnosticsText(diagnostics, textContext(dir, io)));
    io.err(
      `roadmap: nothing written: the ${command} would leave the road map with ${plural(plan.problems.length, "error")} (above)\n`,
    );
    return 1;
  }
  const files = describeFiles(plan);
  const dryRun = options.dryRun === true;
  if (format === "json") {
    const document = { changes: plan.changes, files, dry_run: dryRun, ...report?.json() };
    io.out(`${JSON.stringify(document, null, 2)}\n`);
  } else if (files.length === 0) {
    io.out(`${command}: no changes (the road map already says so); nothing written\n`);
  } else {
    io.out(
      renderEditSummary(plan.changes, files, { command, dryRun, paint: createPaint(io.stdout, io.env) }),
    );
  }
  if (format === "text" && report !== undefined) io.out(report.text());
  if (!dryRun && files.length > 0) write(root, plan);
  if (!dryRun && namesMissingSchemas(root, plan)) {
    io.err(
      `roadmap: note: new files name their schema in ${SCHEMA_FOLDER}/, which this road map does not have yet; run roadmap init --schemas for completion in editors\n`,
    );
  }
  if (plan.remaining.length > 0) {
    io.err(
      `roadmap: note: the road map still has ${plural(plan.remaining.length, "error")} it had before this ${command} (run roadmap validate)\n`,
    );
  }
  return 0;
}

/** Every road-map file, read and parsed as validate does. */
async function readRoadmap(root: string, io: Io): Promise<EditInput> {
  const { listing, parsed } = await readSources(new FolderSource(root), readSettings(io));
  return { listing, parsed, headerOf: schemaModeline };
}

/** Whether the edit made an item file whose modeline points at a `.schemas/` that is not there. */
function namesMissingSchemas(root: string, plan: EditPlan): boolean {
  const madeFile = plan.changes.some((change) => change.kind === "added" && change.type !== "story");
  return madeFile && !existsSync(join(root, SCHEMA_FOLDER));
}

function describeFiles(plan: EditPlan): EditedFile[] {
  return plan.files.map((file) => ({
    path: file.path,
    action: file.text === undefined ? "removed" : file.before === undefined ? "created" : "changed",
  }));
}

/** One change to several files: written all or none, each only if it still holds what was read. */
function write(root: string, plan: EditPlan): void {
  const writes = plan.files.map((file): FileWrite | FileRemoval => {
    const path = join(root, file.path);
    const readBefore = file.before === undefined ? { absent: true as const } : { bytes: file.before };
    return file.text === undefined
      ? { path, remove: true, readBefore }
      : { path, content: file.text, readBefore };
  });
  // New files first, removed ones last: a moved file is never missing under both names.
  writes.sort((a, b) => Number("remove" in a) - Number("remove" in b));
  const made: string[] = [];
  try {
    for (const file of writes) if (!("remove" in file)) pushAll(made, makeFolders(dirname(file.path)));
    writeFilesAtomic(writes);
  } catch (error) {
    removeFolders(made);
    if (!(error instanceof FileWriteError)) throw error;
    const file = escapeForTerminal(
      error.path.startsWith(`${root}/`) ? error.path.slice(root.length + 1) : error.path,
    );
    throw new UsageError(`cannot write ${file}: ${error.message}; nothing written (every file is as it was)`);
  }
}
