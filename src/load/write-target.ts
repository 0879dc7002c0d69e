// What is at a path the writer is asked to write (docs/guarantees.md, "Writes"): nothing yet, a
// regular file (perhaps behind a symbolic link), or a stream (a character device such as
// /dev/null, or a FIFO) that can only be written through. Anything else is refused: the writer
// never replaces a link, a device or a folder with a regular file.
import { accessSync, constants, lstatSync, realpathSync, type Stats, statSync } from "node:fs";

/** Why the writer would not write a file; the command decides what each means for its exit code. */
export type WriteRefusal =
  /** The file is no longer what the caller read (edited, replaced or removed since). */
  | "changed"
  /** The caller creates the file, and something (even a dangling link) is already there. */
  | "exists"
  /** The file has no write permission for us (or for anyone: root would write it anyway). */
  | "read-only"
  /** A folder, block device, socket or dangling link; or a device or FIFO where a file was read. */
  | "not-regular"
  /** The system refused: no permission on the folder, a full disk... (`cause` holds the error). */
  | "failed";

export class FileWriteError extends Error {
  constructor(
    readonly path: string,
    readonly refusal: WriteRefusal,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "FileWriteError";
  }
}

export type Target =
  /** Nothing there (no entry at all, not even a dangling link): a new file. */
  | { kind: "new"; path: string }
  /** A regular file; `path` is the file itself when `given` was a symbolic link to it. */
  | { kind: "file"; path: string; stats: Stats; viaLink: boolean }
  /** A character device or a FIFO (reached directly or through a link): written through. */
  | { kind: "stream"; path: string };

/** What is at `given`, following a symbolic link to the file it names. */
export function inspectTarget(given: string): Target {
  const entry = lstatOrUndefined(given);
  if (entry === undefined) return { kind: "new", path: given };
  if (!entry.isSymbolicLink()) return classify(given, entry, false);
  let stats: Stats;
  try {
    stats = statSync(given);
  } catch (error) {
    if (codeOf(error) === "ENOENT" || codeOf(error) === "ELOOP") {
      throw new FileWriteError(
        given,
        "not-regular",
        "is a symbolic link to nothing (a file that does not exist); the link is left as it is",
      );
    }
    throw failed(given, error);
  }
  // A link to a regular file: the file it names is replaced, the link stays a link.
  return classify(stats.isFile() ? realpathSync(given) : given, stats, true);
}

/** Whether anything at all (a file, a folder, a link, even a dangling one) is at `path`. */
export function isOccupied(path: string): boolean {
  return lstatOrUndefined(path) !== undefined;
}

/** Refuses a file nobody may write; root passes access(2) whatever the mode, so look at the bits too. */
export function refuseReadOnly(target: Target & { kind: "file" }, given: string): void {
  let writable = (target.stats.mode & 0o222) !== 0;
  if (writable) {
    try {
      accessSync(target.path, constants.W_OK);
    } catch {
      writable = false;
    }
  }
  if (!writable) {
    const mode = (target.stats.mode & 0o777).toString(8).padStart(4, "0");
    throw new FileWriteError(
      given,
      "read-only",
      `is read-only (mode ${mode}); left as it is (give it write permission to let roadmap change it)`,
    );
  }
}

function classify(path: string, stats: Stats, viaLink: boolean): Target {
  if (stats.isFile()) return { kind: "file", path, stats, viaLink };
  if (stats.isCharacterDevice() || stats.isFIFO()) return { kind: "stream", path };
  const what = stats.isDirectory()
    ? "a folder"
    : stats.isBlockDevice()
      ? "a block device"
      : stats.isSocket()
        ? "a socket"
        : "not a regular file";
  throw new FileWriteError(path, "not-regular", `is ${what}; refused (name a regular file)`);
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if (codeOf(error) === "ENOENT" || codeOf(error) === "ENOTDIR") return undefined;
    throw failed(path, error);
  }
}

export function failed(path: string, error: unknown): FileWriteError {
  return new FileWriteError(path, "failed", (error as Error).message, { cause: error });
}

export function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
