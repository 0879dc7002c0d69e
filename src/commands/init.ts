// `roadmap init [dir] [--example]`: writes a skeleton (or the bundled example) road map.
// Never overwrites: when any target exists, nothing is written and the command exits 2.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";
import { planExampleFiles } from "../init/example.js";
import { type PlannedFile, scaffoldFiles } from "../init/scaffold.js";
import { writeFileAtomic } from "../load/write-file.js";
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
  if (existsSync(target) && !statSync(target).isDirectory()) {
    throw new UsageError(`${dir} exists and is not a folder`);
  }
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

/** The file, or the same id with the other extension (.yaml / .yml), if either exists. */
function existingVariants(root: string, path: string): string[] {
  const other = path.endsWith(".yaml") ? path.replace(/\.yaml$/, ".yml") : path.replace(/\.yml$/, ".yaml");
  return [path, other].filter((candidate) => existsSync(join(root, candidate)));
}

/** Writes every file atomically; on a failure, removes the ones already written. */
function writeAll(root: string, files: readonly PlannedFile[]): void {
  const written: string[] = [];
  try {
    for (const file of files) {
      const path = join(root, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileAtomic(path, file.text);
      written.push(path);
    }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw new UsageError(`init could not write its files: ${(error as Error).message}`);
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
