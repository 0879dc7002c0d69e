// `roadmap init [dir] [--example]`: writes a skeleton (or the bundled example) road map.
// Never overwrites: when anything is in the way (a file, a dangling link), nothing is written and
// the command exits 2. All files are written or none, and folders it made are removed on failure.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";
import { planExampleFiles } from "../init/example.js";
import { type PlannedFile, scaffoldFiles } from "../init/scaffold.js";
import { makeFolders, removeFolders } from "../load/make-folders.js";
import { FileWriteError, isOccupied, writeFilesAtomic } from "../load/write-file.js";
import { pushAll } from "../util/spread-free.js";
import { VERSION } from "../version.js";
import type { Io } from "./io.js";
import type { GlobalOptions } from "./options.js";
import { resolveToday } from "./today.js";

export async function runInit(
  given: string | undefined,
  options: GlobalOptions & { example?: boolean },
  io: Io,
): Promise<number> {
  // `roadmap -C plans init` means the same as `roadmap init plans`; ROADMAP_DIR is not used,
  // so a variable set for reading never redirects where a new road map is written.
  const dir = given ?? options.dir ?? ".";
  const target = resolve(io.cwd, dir);
  if (isOccupied(target) && !isFolder(target)) throw new UsageError(`${dir} exists and is not a folder`);
  const files = options.example
    ? planExampleFiles(readFolder(findExampleDir()), VERSION)
    : scaffoldFiles({ today: resolveToday(options.today, io.env), version: VERSION });
  const clashes = files.flatMap((file) => existingVariants(target, file.path));
  if (clashes.length > 0) {
    const list = clashes.map((path) => join(dir, path)).join(", ");
    throw new UsageError(`init would overwrite ${list}; nothing written`);
  }
  writeAll(target, files);
  const shown = target === resolve(io.cwd) ? "." : quoteForShell(dir);
  io.out(
    `Created ${options.example ? "the example road map" : "a road map"} in ${shown}:\n` +
      files.map((file) => `  ${file.path}\n`).join("") +
      `Next: roadmap validate${shown === "." ? "" : ` -C ${shown}`}\n`,
  );
  return 0;
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
function writeAll(root: string, files: readonly PlannedFile[]): void {
  const made: string[] = [];
  try {
    for (const folder of new Set(files.map((file) => dirname(join(root, file.path))))) {
      pushAll(made, makeFolders(folder));
    }
    writeFilesAtomic(
      files.map((file) => ({
        path: join(root, file.path),
        content: file.text,
        readBefore: { absent: true },
      })),
    );
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

/** examples/acme sits beside dist/ in the package; this module is somewhere below dist/ or src/. */
function findExampleDir(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    const candidate = join(folder, "examples", "acme");
    if (existsSync(join(candidate, "mission.yaml"))) return candidate;
    folder = dirname(folder);
  }
  throw new UsageError("the bundled example (examples/acme) is missing from this installation");
}

/** Every file below `root`, paths relative with posix separators. */
function readFolder(root: string, prefix = ""): PlannedFile[] {
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return readFolder(root, path);
    return entry.isFile() ? [{ path, text: readFileSync(join(root, path), "utf8") }] : [];
  });
}
