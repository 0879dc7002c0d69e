// The one atomic writer (docs/guarantees.md, "Writes"; docs/edit.md). Every file roadmap
// writes goes through here. The new bytes go to a temporary file beside the target (same folder:
// rename is atomic only within one file system), are flushed to disk, and replace the target by
// rename, so a reader or a crash sees the old file or the new one, never half of either.
// Before the rename, the target is checked to be still exactly what the caller read; after it,
// the replaced file is read once more, so an edit made in between is put back instead of lost.
// Several files are written all or none: all are staged and checked before the first rename,
// and a failure after it restores the files already replaced. A change may also remove files
// (a moved item's old name): each is checked like a replaced one, set aside under a temporary
// name in its turn, and deleted only once every file is in place.
import { createHash } from "node:crypto";
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
} from "node:fs";
import { dirname } from "node:path";
import { plural } from "../util/plural.js";
import { removeStaleTemporaries, temporaryPathFor } from "./stale-temporaries.js";
import {
  codeOf,
  FileWriteError,
  failed,
  inspectTarget,
  isOccupied,
  refuseReadOnly,
  type Target,
} from "./write-target.js";

export { FileWriteError, isOccupied, type WriteRefusal } from "./write-target.js";

/**
 * What the caller read before deciding what to write. The file is replaced only if it still
 * holds exactly these bytes (or bytes with this SHA-256, see contentDigest); `absent` creates a
 * file and never replaces anything, not even a dangling link.
 */
export type ReadBefore = { absent: true } | { bytes: Uint8Array } | { sha256: string };

export interface FileWrite {
  path: string;
  content: string | Uint8Array;
  /** Omitted: replace whatever regular file is there, or write through a device or FIFO. */
  readBefore?: ReadBefore;
}

/** A file that goes as part of a change (the old name of a moved file); only a regular file. */
export interface FileRemoval {
  path: string;
  remove: true;
  readBefore?: ReadBefore;
}

/** Something the user should know about a write that succeeded. */
export interface WriteNote {
  path: string;
  kind: "owner-changed" | "hard-links-split";
  message: string;
}

/** The SHA-256 of bytes a caller read, for a ReadBefore that does not keep the bytes. */
export function contentDigest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Writes one file atomically (see writeFilesAtomic). */
export function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  readBefore?: ReadBefore,
): WriteNote[] {
  return writeFilesAtomic([readBefore === undefined ? { path, content } : { path, content, readBefore }]);
}

/**
 * Writes every file, or none: throws a FileWriteError naming the first file that could not be
 * written, with every file as it was. An existing file keeps its mode, and its owner and group
 * where the system allows. A device or FIFO (one write, no `readBefore`) is written through.
 */
export function writeFilesAtomic(writes: readonly (FileWrite | FileRemoval)[]): WriteNote[] {
  const targets = writes.map((write) => prepare(write));
  const only = writes[0];
  if (writes.length === 1 && targets[0]?.kind === "stream" && only !== undefined && !isRemoval(only)) {
    writeThrough(targets[0].path, only.content);
    return [];
  }
  const staged: Staged[] = [];
  const notes: WriteNote[] = [];
  try {
    for (const [i, write] of writes.entries()) {
      const target = targets[i]!;
      if (target.kind === "stream") {
        throw new FileWriteError(
          write.path,
          "not-regular",
          "is a device or FIFO; it cannot be part of a change to several files",
        );
      }
      staged.push(stage(write, target, notes));
    }
    for (const item of staged) hold(item);
    commit(staged);
    return notes;
  } finally {
    for (const item of staged) {
      if (item.held !== undefined) closeSync(item.held.fd);
      if (!item.committed) rmSync(item.temporary, { force: true });
    }
  }
}

interface Staged {
  write: FileWrite | FileRemoval;
  target: Target & { kind: "new" | "file" };
  temporary: string;
  /** The temporary file's inode, to tell our new file from anyone else's. */
  ino: number;
  /** A removal: `temporary` is where the file is set aside until every file is in place. */
  removal?: true;
  /** The file being replaced, open for reading: checked before the rename and read after it. */
  held?: { fd: number; stats: Stats };
  committed?: boolean;
}

function isRemoval(write: FileWrite | FileRemoval): write is FileRemoval {
  return "remove" in write;
}

function prepare(write: FileWrite | FileRemoval): Target {
  const before = write.readBefore;
  if (isRemoval(write)) {
    const target = inspectTarget(write.path);
    if (target.kind === "new") throw changed(write.path, "was removed");
    if (target.kind !== "file") {
      throw new FileWriteError(write.path, "not-regular", "is not a regular file; left as it is");
    }
    refuseReadOnly(target, write.path);
    return target;
  }
  if (before !== undefined && "absent" in before) {
    if (isOccupied(write.path)) throw exists(write.path);
    return { kind: "new", path: write.path };
  }
  const target = inspectTarget(write.path);
  if (before !== undefined && target.kind !== "file") {
    throw target.kind === "new"
      ? changed(write.path, "was removed")
      : new FileWriteError(write.path, "not-regular", "is no longer a regular file; left as it is");
  }
  if (target.kind === "file") refuseReadOnly(target, write.path);
  return target;
}

/** The new bytes, on disk in a temporary file beside the target, with the target's mode and owner. */
function stage(
  write: FileWrite | FileRemoval,
  target: Target & { kind: "new" | "file" },
  notes: WriteNote[],
): Staged {
  removeStaleTemporaries(dirname(target.path));
  if (isRemoval(write)) {
    const { ino } = (target as Target & { kind: "file" }).stats;
    return { write, target, temporary: temporaryPathFor(target.path), ino, removal: true };
  }
  const temporary = temporaryPathFor(target.path);
  const existing = target.kind === "file" ? target.stats : undefined;
  let fd: number | undefined;
  try {
    // "wx": fail rather than follow a file (or link) someone planted under the temporary name.
    fd = openSync(temporary, "wx", existing ? existing.mode & 0o7777 : 0o666);
    if (existing !== undefined) keepOwnerAndMode(fd, existing, write.path, notes);
    writeFileSync(fd, write.content);
    fsyncSync(fd);
    const { ino } = fstatSync(fd);
    closeSync(fd);
    fd = undefined;
    if (existing !== undefined && existing.nlink > 1) notes.push(hardLinkNote(write.path, existing.nlink));
    return { write, target, temporary, ino };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error instanceof FileWriteError ? error : failed(write.path, error);
  }
}

/** chown first: it clears set-user-id bits, which the chmod after it puts back. */
function keepOwnerAndMode(fd: number, existing: Stats, path: string, notes: WriteNote[]): void {
  const created = fstatSync(fd);
  if (created.uid !== existing.uid || created.gid !== existing.gid) {
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch {
      // Only root may give a file away; a member of the group may still keep the group.
      try {
        fchownSync(fd, -1, existing.gid);
      } catch {
        // The group cannot be kept either; the note below says what changed.
      }
      const now = fstatSync(fd);
      notes.push({
        path,
        kind: "owner-changed",
        message: `now belongs to user ${now.uid}, group ${now.gid} (was ${existing.uid}, ${existing.gid}): only root may keep another user's ownership`,
      });
    }
  }
  fchmodSync(fd, existing.mode & 0o7777);
}

function hardLinkNote(path: string, links: number): WriteNote {
  const others = links - 1;
  return {
    path,
    kind: "hard-links-split",
    message: `had ${plural(others, "other hard link")}, which keep${others === 1 ? "s" : ""} the old text (a new file replaced this name)`,
  };
}

/** Opens the file to be replaced and checks it is still what the caller read. */
function hold(item: Staged): void {
  if (item.target.kind !== "file") return;
  const before = item.write.readBefore;
  let fd: number;
  try {
    // Non-blocking: a FIFO swapped in meanwhile must not hang the open; no following a link
    // swapped in either (the path is the file itself, links were resolved when inspected).
    fd = openSync(item.target.path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    // Nothing to check against: a file we may write but not read is replaced unread.
    if (before === undefined && codeOf(error) === "EACCES") return;
    throw ["ENOENT", "ELOOP"].includes(codeOf(error) ?? "")
      ? changed(item.write.path, "was removed or replaced")
      : failed(item.write.path, error);
  }
  const stats = fstatSync(fd);
  item.held = { fd, stats };
  if (!stats.isFile() || (before !== undefined && !matches(readWhole(fd), before))) {
    throw changed(item.write.path, "was changed by another program");
  }
}

/**
 * Renames every staged file into place, each right after the last check that its target is
 * still the file that was read; then reads each replaced file once more (a program holding it
 * open may have written to it meanwhile). Any problem puts back what was replaced.
 */
function commit(staged: readonly Staged[]): void {
  const done: Staged[] = [];
  try {
    for (const item of staged) {
      if (item.held !== undefined && !sameFile(item.target.path, item.held.stats)) {
        throw changed(item.write.path, "was replaced by another program");
      }
      place(item);
      item.committed = true;
      done.push(item);
    }
    for (const item of done) {
      const before = item.write.readBefore;
      if (item.held === undefined || before === undefined) continue;
      if (!matches(readWhole(item.held.fd), before))
        throw changed(item.write.path, "was changed by another program");
    }
    for (const item of done) if (item.removal) rmSync(item.temporary, { force: true });
  } catch (error) {
    restore(done);
    throw error;
  }
}

/** A new file is linked into place (link(2) never replaces anything); an existing one renamed over. */
function place(item: Staged): void {
  const { path } = item.target;
  try {
    if (item.removal) {
      renameSync(path, item.temporary);
      return;
    }
    if (item.target.kind === "file") {
      renameSync(item.temporary, path);
      return;
    }
    try {
      linkSync(item.temporary, path);
      rmSync(item.temporary, { force: true });
      return;
    } catch (error) {
      if (codeOf(error) === "EEXIST") throw exists(item.write.path);
    }
    // File systems without hard links: check, then rename (the check cannot be atomic there).
    if (isOccupied(path)) throw exists(item.write.path);
    renameSync(item.temporary, path);
  } catch (error) {
    throw error instanceof FileWriteError ? error : failed(item.write.path, error);
  }
}

/** Puts back what `done` replaced (each old file's current bytes), and removes what it created. */
function restore(done: readonly Staged[]): void {
  for (const item of done) {
    try {
      if (item.removal) {
        renameSync(item.temporary, item.target.path);
      } else if (item.held !== undefined) {
        const old = { kind: "file", path: item.target.path, stats: item.held.stats, viaLink: false } as const;
        const back = stage({ path: item.write.path, content: readWhole(item.held.fd) }, old, []);
        renameSync(back.temporary, item.target.path);
      } else if (item.target.kind === "new" && sameInode(item.target.path, item.ino)) {
        rmSync(item.target.path);
      }
    } catch {
      // Best effort: the error being thrown names the file that failed.
    }
  }
}

function writeThrough(path: string, content: string | Uint8Array): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, "w");
    writeFileSync(fd, content);
  } catch (error) {
    throw failed(path, error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function matches(bytes: Uint8Array, before: ReadBefore): boolean {
  if ("absent" in before) return false;
  if ("sha256" in before) return contentDigest(bytes) === before.sha256;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(before.bytes);
}

function sameFile(path: string, stats: Stats): boolean {
  try {
    const now = lstatSync(path);
    return now.ino === stats.ino && now.dev === stats.dev;
  } catch {
    return false;
  }
}

function sameInode(path: string, ino: number): boolean {
  try {
    return lstatSync(path).ino === ino;
  } catch {
    return false;
  }
}

/** The whole file from its start, whatever the descriptor's position. */
function readWhole(fd: number): Uint8Array {
  const chunks: Buffer[] = [];
  let position = 0;
  let size = fstatSync(fd).size + 1;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.max(size, 64 * 1024));
    const read = readSync(fd, chunk, 0, chunk.length, position);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    position += read;
    size = 0;
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

function exists(path: string): FileWriteError {
  return new FileWriteError(path, "exists", "already exists; left as it is");
}

function changed(path: string, what: string): FileWriteError {
  return new FileWriteError(path, "changed", `${what} since roadmap read it; left as it is`);
}
