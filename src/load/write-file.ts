// Atomic file writes (SPEC 9): the new bytes go to a temporary file in the same folder, are
// flushed to disk, then renamed over the target. A reader (or a crash) sees the old file or
// the new one, never half of either. Same folder, because rename is only atomic within one
// file system.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/** Mode for a new file before the umask, as `open(2)` would use. */
const NEW_FILE_MODE = 0o666;

/**
 * Writes `content` to `path` atomically. An existing file keeps its permission bits; a new
 * one gets the usual 0666 minus the umask. The temporary file is removed if anything fails.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const mode = existingMode(path);
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`,
  );
  let descriptor: number | undefined;
  try {
    // "wx": fail rather than follow a file (or link) someone planted under the temporary name.
    descriptor = openSync(temporary, "wx", mode ?? NEW_FILE_MODE);
    // open() applies the umask; an existing file's mode is restored exactly.
    if (mode !== undefined) fchmodSync(descriptor, mode);
    writeFileSync(descriptor, content);
    fsyncSync(descriptor);
    closeSync(descriptor);
    descriptor = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (descriptor !== undefined) closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Permission bits of an existing file (the umask does not apply to them), else undefined. */
function existingMode(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch {
    return undefined;
  }
}
