// Finding the road map (README "Finding the road map"): -C/--dir, then ROADMAP_DIR, then from the
// current folder upwards: the folder if it holds mission.yaml, else its ./roadmap if that does.
// The walk stops at the root of the git work tree (as git and eslint do), or at the file-system
// root outside git.
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";

export interface FoundRoadmap {
  /** Absolute path of the road-map folder. */
  dir: string;
}

export function findRoadmapDir(options: {
  dir?: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
}): FoundRoadmap {
  const named = options.dir ?? options.env.ROADMAP_DIR;
  if (named !== undefined && named !== "") {
    const dir = resolve(options.cwd, named);
    const via = options.dir !== undefined ? "--dir" : "ROADMAP_DIR";
    if (!existsSync(dir)) throw new UsageError(`road-map folder ${named} does not exist (from ${via})`);
    if (!statSync(dir).isDirectory()) throw new UsageError(`${named} is not a folder (from ${via})`);
    return { dir };
  }
  const searched = searchedFolders(options.cwd);
  for (const folder of searched) {
    const found = roadmapIn(folder, hasMission);
    if (found !== undefined) return { dir: found };
  }
  const top = searched.at(-1)!;
  const limit = isWorkTreeRoot(top) ? `the git repository's root (${top})` : "the file-system root";
  throw new UsageError(
    `no road map found: no mission.yaml here or in ./roadmap, nor in any folder above up to ${limit} (use -C <dir>, set ROADMAP_DIR, or run \`roadmap init\`)`,
  );
}

/** The folder itself when `holdsMission` says so, else its ./roadmap when that does (docs/cli.md's order). */
export function roadmapIn(folder: string, holdsMission: (dir: string) => boolean): string | undefined {
  if (holdsMission(folder)) return folder;
  const nested = join(folder, "roadmap");
  return holdsMission(nested) ? nested : undefined;
}

/**
 * The folders docs/cli.md looks in, nearest first: `cwd` and each parent, up to and including the
 * root of the git work tree around `cwd` (the first folder holding `.git`, a folder in a
 * clone or a file in a linked worktree or submodule), else up to the file-system root.
 */
export function searchedFolders(cwd: string): string[] {
  const folders: string[] = [];
  for (let at = resolve(cwd); ; at = dirname(at)) {
    folders.push(at);
    if (isWorkTreeRoot(at) || dirname(at) === at) return folders;
  }
}

/** The root of the git work tree holding `folder`, or undefined outside git. */
export function findWorkTreeRoot(folder: string): string | undefined {
  const top = searchedFolders(folder).at(-1)!;
  return isWorkTreeRoot(top) ? top : undefined;
}

function isWorkTreeRoot(folder: string): boolean {
  return existsSync(join(folder, ".git"));
}

function hasMission(dir: string): boolean {
  return existsSync(join(dir, "mission.yaml")) || existsSync(join(dir, "mission.yml"));
}
