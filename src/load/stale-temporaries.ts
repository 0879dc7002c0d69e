// The writer's temporary files (docs/guarantees.md, "Writes"): `.<name>.<pid>-<8 hex>.tmp`
// beside the file they replace. A run killed between creating one and renaming it (SIGKILL, a
// power cut) leaves it behind; the next run that writes into, or formats, that folder removes
// the ones whose process is gone.
import { randomBytes } from "node:crypto";
import { lstatSync, readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const TEMPORARY = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/;

/** A fresh temporary name beside `path`, unique to this process. */
export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

const cleaned = new Set<string>();

/**
 * Removes the writer's temporary files in `folder` left by processes that no longer run; once
 * per folder and process. Returns the names removed. A process id that is alive (even someone
 * else's) keeps its file: that run may still be writing.
 */
export function removeStaleTemporaries(folder: string): string[] {
  if (cleaned.has(folder)) return [];
  cleaned.add(folder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMPORARY.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    const path = join(folder, name);
    try {
      // Only regular files: never a folder or a link someone named like a temporary.
      if (!lstatSync(path).isFile()) continue;
      rmSync(path);
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
