// `roadmap init [dir] [--example | --schemas]`: writes a skeleton (or the bundled example) road
// map, with the JSON Schemas its modelines point at and VS Code's associations (editor-setup.ts).
// Never overwrites: when anything is in the way (a file, a dangling link), nothing is written and
// the command exits 2. All files are written or none, and folders it made are removed on failure.
// `--schemas` brings an existing road map's editor support up to date (docs/editors.md).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { planExampleFiles } from "../init/example.js";
import { type PlannedFile, scaffoldFiles } from "../init/scaffold.js";
import { findRoadmapDir } from "../load/find-roadmap.js";
import { makeFolders, removeFolders } from "../load/make-folders.js";
import { type FileWrite, FileWriteError, isOccupied, writeFilesAtomic } from "../load/write-file.js";
import { pushAll } from "../util/spread-free.js";
import { type EditorSetup, planEditorSetup } from "./editor-setup.js";
import type { Io } from "./io.js";
import type { GlobalOptions } from "./options.js";
import { findPackageFolder } from "./package-files.js";
import { resolveToday } from "./today.js";

export async function runInit(
  given: string | undefined,
  options: GlobalOptions & { example?: boolean; schemas?: boolean },
  io: Io,
): Promise<number> {
  if (options.schemas) {
    if (options.example) throw new UsageError("--schemas and --example do not go together");
    return refreshEditorSetup(given, options, io);
  }
  // `roadmap -C plans init` means the same as `roadmap init plans`; ROADMAP_DIR is not used,
  // so a variable set for reading never redirects where a new road map is written.
  const dir = given ?? options.dir ?? ".";
  const target = resolve(io.cwd, dir);
  if (isOccupied(target) && !isFolder(target)) throw new UsageError(`${dir} exists and is not a folder`);
  const files = options.example
    ? planExampleFiles(readFolder(findPackageFolder("examples/acme", "mission.yaml")))
    : scaffoldFiles({ today: resolveToday(options.today, io.env) });
  const editor = planEditorSetup(target, io.cwd, false);
  const clashes = [
    ...files.flatMap((file) => existingVariants(target, file.path)).map((path) => join(dir, path)),
    ...editor.clashes,
  ];
  if (clashes.length > 0) throw new UsageError(`init would overwrite ${clashes.join(", ")}; nothing written`);
  const writes = files.map(
    (file): FileWrite => ({
      path: join(target, file.path),
      content: file.text,
      readBefore: { absent: true },
    }),
  );
  writeAll(target, [...writes, ...editor.writes]);
  const shown = target === resolve(io.cwd) ? "." : quoteForShell(dir);
  io.out(
    `Created ${options.example ? "the example road map" : "a road map"} in ${shown}:\n` +
      files.map((file) => `  ${file.path}\n`).join("") +
      describeEditorSetup(editor) +
      `Next: roadmap validate${shown === "." ? "" : ` -C ${shown}`}\n`,
  );
  for (const note of editor.notes) io.err(`roadmap: note: ${note}`);
  return 0;
}

/** `init --schemas`: this version's schemas, modelines and VS Code settings for an existing road map. */
function refreshEditorSetup(given: string | undefined, options: GlobalOptions, io: Io): number {
  const { dir } = findRoadmapDir({ dir: given ?? options.dir, env: io.env, cwd: io.cwd });
  const root = resolve(io.cwd, dir);
  const editor = planEditorSetup(root, io.cwd, true);
  writeAll(root, editor.writes);
  const where = relative(io.cwd, root).split(sep).join("/") || ".";
  io.out(
    editor.writes.length === 0
      ? `Editor support for the road map in ${where} is up to date; nothing written\n`
      : `Editor support for the road map in ${where}:\n${describeEditorSetup(editor)}`,
  );
  for (const note of editor.notes) io.err(`roadmap: note: ${note}`);
  return 0;
}

function describeEditorSetup(editor: EditorSetup): string {
  return editor.done.length === 0
    ? ""
    : `For editors (completion and checks as you type):\n${editor.done.map((line) => `  ${line}\n`).join("")}`;
}

/** The path as typed, quoted when a shell would split or expand it, for a copy-paste hint. */
function quoteForShell(path: string): string {
  return /^[\w./@+-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}

/** The file, or the same id with the other extension (.yaml / .yml), if either is there (a link too). */
function existingVariants(root: string, path: string): string[] {
  const other = path.endsWith(".yaml") ? path.replace(/\.yaml$/, ".yml") : path.replace(/\.yml$/, ".yaml");
  return [path, other].filter((candidate) => isOccupied(join(root, candidate)));
}

/**
 * Makes the folders (one level at a time: a path like /proc/x fails at once), then writes every
 * file or none; on a failure, removes the folders it made.
 */
function writeAll(root: string, writes: readonly FileWrite[]): void {
  const made: string[] = [];
  try {
    for (const folder of new Set(writes.map((file) => dirname(file.path)))) {
      pushAll(made, makeFolders(folder));
    }
    writeFilesAtomic(writes);
  } catch (error) {
    removeFolders(made);
    if (!(error instanceof FileWriteError)) throw error;
    // A failure of the system says which path in its own words (ENOENT ..., mkdir '/proc/x').
    const problem =
      error.refusal === "failed"
        ? error.message
        : `${relative(root, error.path) || "the folder"} ${error.message}`;
    throw new UsageError(`init could not write its files: ${problem}; nothing written`);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Every file below `root`, paths relative with posix separators. */
function readFolder(root: string, prefix = ""): PlannedFile[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return readFolder(root, path);
    return entry.isFile() ? [{ path, text: readFileSync(join(root, path), "utf8") }] : [];
  });
}
