// `roadmap fmt [--check] [files...]` (docs/fmt.md): canonical key order and layout, comments
// kept, written through the one atomic writer, each file only if it still holds what was read.
// Changed files are listed on stdout (one path a line, for scripts); the summary, the files that
// do not parse and the files left as they were go to stderr.
import { realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { capPerFile } from "../diagnostics/cap-per-file.js";
import type { Diagnostic, Finding } from "../diagnostics/diagnostic.js";
import { formatDiagnosticsText, type TextFormatContext } from "../diagnostics/format-text.js";
import { locateFindings } from "../diagnostics/locate.js";
import { formatFile } from "../format/format-file.js";
import type { FormatKind } from "../format/key-order.js";
import { findRoadmapDir } from "../load/find-roadmap.js";
import { FolderSource } from "../load/folder-source.js";
import { parseSources } from "../load/read-sources.js";
import { removeStaleTemporaries } from "../load/stale-temporaries.js";
import { FileWriteError, writeFileAtomic } from "../load/write-file.js";
import { classifyPath } from "../model/layout.js";
import { listDocuments } from "../parse/parse-sources.js";
import type { SourceFile } from "../parse/source-files.js";
import { plural } from "../util/plural.js";
import { pushAll } from "../util/spread-free.js";
import { escapeForTerminal } from "../util/terminal-text.js";
import { chooseScope } from "./fmt-scope.js";
import type { Io } from "./io.js";
import type { GlobalOptions } from "./options.js";
import { readSettings } from "./read-settings.js";
import { textContext } from "./report-diagnostics.js";

export interface FmtOptions extends GlobalOptions {
  check?: boolean;
}

/** What a run did, file by file, in the order the files were met. */
interface FmtReport {
  changed: string[];
  /** Files that do not parse, are too large or cannot be read: never touched. */
  unreadable: Finding[];
  /** Files that could not be written safely (changed meanwhile, read-only...): left as they were. */
  leftAsIs: string[];
  notes: string[];
  /** The write that stopped the run (a folder we may not write, a full disk), if any. */
  stoppedAt?: string;
}

export async function runFmt(paths: readonly string[], options: FmtOptions, io: Io): Promise<number> {
  const { dir } = findRoadmapDir({ dir: options.dir, env: io.env, cwd: io.cwd });
  const root = realpathSync(dir);
  const listing = new FolderSource(root).read();
  const formattable = listDocuments(listing.files);
  const inScope = chooseScope(paths, root, io.cwd, [
    ...formattable.map((file) => file.path),
    ...listing.findings.map((finding) => finding.file),
  ]);
  const files = formattable.filter((file) => inScope(file.path));
  const report: FmtReport = {
    changed: [],
    unreadable: listing.findings.filter((finding) => inScope(finding.file)),
    leftAsIs: [],
    notes: [],
  };
  if (!options.check) pushAll(report.notes, cleanUp(root, files));
  await formatAll(files, root, options.check === true, io, report);
  printReport(report, files.length, options.check === true, textContext(dir, io), io);
  if (report.stoppedAt !== undefined || report.leftAsIs.length > 0) return 2;
  return report.unreadable.length > 0 || (options.check && report.changed.length > 0) ? 1 : 0;
}

async function formatAll(
  files: readonly SourceFile[],
  root: string,
  check: boolean,
  io: Io,
  report: FmtReport,
): Promise<void> {
  const seen = new Set<string>();
  const parsed = await parseSources(files, readSettings(io));
  for (const file of files) {
    const path = join(root, file.path);
    // A file reached through links inside the folder is formatted once, under its first name.
    const real = file.viaLink ? realpathSync(path) : path;
    if (seen.has(real)) continue;
    seen.add(real);
    const result = formatFile(
      file.path,
      classifyPath(file.path) as FormatKind,
      file.bytes,
      parsed.get(file.path),
    );
    if (!result.ok) {
      pushAll(report.unreadable, result.findings);
      continue;
    }
    if (!result.changed) continue;
    if (check) {
      report.changed.push(file.path);
      continue;
    }
    try {
      const notes = writeFileAtomic(path, result.text, { bytes: file.bytes });
      report.changed.push(file.path);
      pushAll(
        report.notes,
        notes.map((note) => `${file.path} ${note.message}`),
      );
    } catch (error) {
      if (!(error instanceof FileWriteError)) throw error;
      if (error.refusal === "failed") {
        report.stoppedAt = `cannot write ${file.path}: ${error.message}`;
        return;
      }
      report.leftAsIs.push(`${file.path} ${error.message}`);
    }
  }
}

/** The writer's temporary files that an interrupted run left beside the files to format. */
function cleanUp(root: string, files: readonly SourceFile[]): string[] {
  const folders = new Set(files.map((file) => dirname(file.path)));
  return [...folders].flatMap((folder) =>
    removeStaleTemporaries(join(root, folder)).map(
      (name) =>
        `removed ${folder === "." ? name : `${folder}/${name}`}, a temporary file an interrupted run left behind`,
    ),
  );
}

function printReport(
  report: FmtReport,
  total: number,
  check: boolean,
  context: TextFormatContext,
  io: Io,
): void {
  for (const path of report.changed) io.out(`${escapeForTerminal(path)}\n`);
  const { paint } = context;
  for (const note of report.notes) io.err(`${paint.yellow("note:")} ${escapeForTerminal(note)}\n`);
  if (report.unreadable.length > 0) {
    const diagnostics: Diagnostic[] = capPerFile(locateFindings(report.unreadable, () => undefined));
    io.err(formatDiagnosticsText(diagnostics, context));
    io.err("these files are left untouched\n");
  }
  for (const problem of report.leftAsIs) io.err(`roadmap: ${escapeForTerminal(problem)}\n`);
  if (report.stoppedAt !== undefined) {
    io.err(`roadmap: ${escapeForTerminal(report.stoppedAt)}\n`);
    io.err(
      `roadmap: stopped there; ${report.changed.length === 0 ? "no file was rewritten" : `the ${plural(report.changed.length, "file")} listed on stdout ${report.changed.length === 1 ? "was" : "were"} rewritten (each one whole)`}, the others are unchanged\n`,
    );
    return;
  }
  io.err(`${summarize(total, report.changed.length, check)}\n`);
}

function summarize(total: number, changed: number, check: boolean): string {
  if (changed === 0) return `${plural(total, "file")} already formatted`;
  return check
    ? `${plural(changed, "file")} of ${total} would be reformatted (run roadmap fmt)`
    : `formatted ${plural(changed, "file")} of ${total}`;
}
