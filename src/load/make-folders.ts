// Folders for new files, made one level at a time so that a failure is immediate and can be
// undone. Node's recursive mkdir spins forever on a path like /proc/x (mkdir there says ENOENT
// for a parent that exists), so it is not used.
import { lstatSync, mkdirSync, rmdirSync, type Stats } from "node:fs";
import { dirname } from "node:path";
import { FileWriteError, failed } from "./write-target.js";

/**
 * Makes `folder` and any missing parents; returns the folders it made, outermost first, for
 * removeFolders. Throws a FileWriteError when something in the way is not a folder.
 */
export function makeFolders(folder: string): string[] {
  const missing: string[] = [];
  let at = folder;
  for (;;) {
    const stats = lstatOrUndefined(at);
    if (stats !== undefined) {
      if (!stats.isDirectory() && !isLinkToFolder(at, stats)) {
        throw new FileWriteError(at, "not-regular", "exists and is not a folder");
      }
      break;
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  const made: string[] = [];
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      removeFolders(made);
      throw failed(path, error);
    }
    made.push(path);
  }
  return made;
}

/** Removes folders made by makeFolders, innermost first, each only if it is empty. */
export function removeFolders(made: readonly string[]): void {
  for (const path of [...made].reverse()) {
    try {
      rmdirSync(path);
    } catch {
      // Not empty (someone else wrote there meanwhile) or gone: leave it.
    }
  }
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch (error) {
    // A file where a parent folder should be: found when the walk reaches that file.
    if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw failed(path, error);
  }
}

function isLinkToFolder(path: string, stats: Stats): boolean {
  if (!stats.isSymbolicLink()) return false;
  try {
    return lstatSync(`${path}/.`).isDirectory();
  } catch {
    return false;
  }
}
