// Which road-map files `roadmap fmt [files...]` works on (docs/fmt.md, "Which files"): all of
// them without arguments; else each named file, and every road-map file below each named folder.
// A file fmt cannot read (too large, unreadable) is in scope too, so it is reported, not skipped.
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";

/**
 * A test for road-map-relative paths. `known`: every path the road map lists (files, and files
 * or folders it could not read); a named file must be one of them.
 */
export function chooseScope(
  paths: readonly string[],
  root: string,
  cwd: string,
  known: readonly string[],
): (path: string) => boolean {
  if (paths.length === 0) return () => true;
  const files = new Set<string>();
  const folders: string[] = [];
  for (const path of paths) {
    const rel = relativeToRoot(path, root, cwd);
    if (isFolder(resolve(cwd, path))) folders.push(rel);
    else if (known.includes(rel)) files.add(rel);
    else {
      throw new UsageError(
        `${path} is not a road-map file (mission, config, themes/, milestones/, epics/, ideas/)`,
      );
    }
  }
  return (path) =>
    files.has(path) ||
    folders.some((folder) => folder === "" || path === folder || path.startsWith(`${folder}/`));
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
