// `roadmap fmt [--check] [files...]` (docs/fmt.md): canonical key order and layout, comments
// kept, written atomically. Changed files are listed on stdout (one path a line, for scripts),
// the summary and files that do not parse go to stderr.
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { formatDiagnosticsText, plural } from "../diagnostics/format-text.js";
import { locateFindings } from "../diagnostics/locate.js";
import { UsageError } from "../errors.js";
import { formatFile } from "../format/format-file.js";
import type { FormatKind } from "../format/key-order.js";
import { findRoadmapDir } from "../load/find-roadmap.js";
import { FolderSource } from "../load/folder-source.js";
import { parseFiles } from "../load/parse-in-parallel.js";
import { classifyPath, type SourceFile } from "../load/source.js";
import { writeFileAtomic } from "../load/write-file.js";
import type { Io } from "./io.js";
import type { GlobalOptions } from "./options.js";
import { parseOptions } from "./parse-options.js";
import { textContext } from "./report-diagnostics.js";

export interface FmtOptions extends GlobalOptions {
  check?: boolean;
}

export async function runFmt(paths: readonly string[], options: FmtOptions, io: Io): Promise<number> {
  const { dir } = findRoadmapDir({ dir: options.dir, env: io.env, cwd: io.cwd });
  const root = realpathSync(dir);
  const files = selectFiles(new FolderSource(root).read().files, paths, root, io.cwd);
  const changed: string[] = [];
  const unreadable: Diagnostic[] = [];
  const seen = new Set<string>();
  const { results: parsed } = await parseFiles(files, parseOptions(io));
  for (const [i, file] of files.entries()) {
    // Through links inside the folder to the real file: renaming over a link would replace it.
    const real = file.viaLink ? realpathSync(join(root, file.path)) : join(root, file.path);
    if (seen.has(real)) continue;
    seen.add(real);
    const result = formatFile(file.path, classifyPath(file.path) as FormatKind, file.bytes, parsed[i]);
    if (!result.ok) {
      unreadable.push(...locateFindings(result.findings, () => undefined));
      continue;
    }
    if (!result.changed) continue;
    changed.push(file.path);
    if (!options.check) writeOrExplain(real, file.path, result.text);
  }
  for (const path of changed) io.out(`${path}\n`);
  if (unreadable.length > 0) {
    io.err(formatDiagnosticsText(unreadable, textContext(dir, io)));
    io.err("these files are left untouched\n");
  }
  io.err(`${summarize(files.length, changed.length, options.check === true)}\n`);
  return unreadable.length > 0 || (options.check && changed.length > 0) ? 1 : 0;
}

function writeOrExplain(real: string, path: string, text: string): void {
  try {
    writeFileAtomic(real, text);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message} (the file is unchanged)`);
  }
}

function summarize(total: number, changed: number, check: boolean): string {
  if (changed === 0) return `${plural(total, "file")} already formatted`;
  return check
    ? `${plural(changed, "file")} of ${total} would be reformatted (run roadmap fmt)`
    : `formatted ${plural(changed, "file")} of ${total}`;
}

/**
 * The road-map files to format: all of them without arguments; else each named file, and
 * every road-map file below each named folder. Anything else is a usage error.
 */
function selectFiles(
  listed: SourceFile[],
  paths: readonly string[],
  root: string,
  cwd: string,
): SourceFile[] {
  const formattable = listed.filter((file) => {
    const kind = classifyPath(file.path);
    return kind !== undefined && kind !== "stray";
  });
  if (paths.length === 0) return formattable;
  const chosen = new Set<SourceFile>();
  for (const path of paths) {
    const rel = relativeToRoot(path, root, cwd);
    const matches = isFolder(resolve(cwd, path))
      ? formattable.filter((file) => rel === "" || file.path.startsWith(`${rel}/`))
      : formattable.filter((file) => file.path === rel);
    if (matches.length === 0 && !isFolder(resolve(cwd, path))) {
      throw new UsageError(
        `${path} is not a road-map file (mission, config, themes/, milestones/, epics/, ideas/)`,
      );
    }
    for (const file of matches) chosen.add(file);
  }
  return listed.filter((file) => chosen.has(file));
}

function relativeToRoot(path: string, root: string, cwd: string): string {
  let real: string;
  try {
    real = realpathSync(resolve(cwd, path));
  } catch {
    throw new UsageError(`${path} does not exist`);
  }
  const rel = relative(root, real);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UsageError(`${path} is outside the road-map folder ${root}`);
  }
  return rel.split(sep).join("/");
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
