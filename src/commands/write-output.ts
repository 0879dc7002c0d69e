// `-o <file>` for commands that print a document (export, review): the text goes to stdout
// or, through the one atomic writer, to the file (docs/guarantees.md, "Output").
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { FileWriteError, writeFileAtomic } from "../load/write-file.js";
import { codeOf } from "../load/write-target.js";
import type { Io } from "./io.js";

/**
 * `-o -` and `-o /dev/stdout` mean this process's standard output, whatever it is (a pipe, a
 * socket, a file opened for appending): written as without -o, never reopened by name.
 */
const STDOUT_NAMES = new Set(["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]);

/** Writes `text` to stdout, or to the file `-o` named (relative to the current folder). */
export function writeOutput(output: string | undefined, text: string, io: Io): void {
  if (output === undefined || STDOUT_NAMES.has(output)) io.out(text);
  else writeFile(output, resolve(io.cwd, output), text, io);
}

/**
 * Through the one writer: a regular file (or one a link names) is replaced atomically, keeping
 * its mode and owner; a device or FIFO is written through; anything else is refused.
 */
function writeFile(given: string, path: string, text: string, io: Io): void {
  try {
    for (const note of writeFileAtomic(path, text)) io.err(`roadmap: note: ${given} ${note.message}\n`);
  } catch (error) {
    if (!(error instanceof FileWriteError)) throw error;
    throw new UsageError(`cannot write ${given}: ${reasonOf(error, given, path)}`);
  }
}

/**
 * Why, in the user's words. A folder that does not exist shows up as the temporary file's ENOENT
 * (`open '/x/.report.md.123-ab.tmp'`), a name the user never gave: say which folder is missing.
 */
function reasonOf(error: FileWriteError, given: string, path: string): string {
  if (error.refusal !== "failed") return `it ${error.message}`;
  if (codeOf(error.cause) === "ENOENT" && !existsSync(dirname(path)))
    return `the folder ${dirname(given)} does not exist`;
  return error.message;
}
