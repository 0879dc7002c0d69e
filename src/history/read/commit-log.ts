// One `git log` for the whole walk: each commit's header and the files it changed under the
// road-map folder, with their blob ids (--raw), so no further process is needed per commit.
//
// Everything is NUL-separated (`-z`, `%x00`): NUL is the one byte no field can hold (git prints
// messages and names as C strings, so a NUL in a crafted commit object ends the field), which
// makes the layout fixed whatever a commit message says. A record separator that messages may
// contain (0x1E) once let a commit hide its changes (docs/history.md, "What the log guarantees").

import { GitFailure } from "../../load/git.js";
import { folderPathspec, pathInFolder } from "../../load/git-objects.js";
import { pushAll } from "../../util/spread-free.js";

export interface ChangedFile {
  /** Relative to the road-map folder. */
  path: string;
  /** A added, M modified, D deleted, T type changed. */
  status: string;
  /** The blob after the commit (all zeros when deleted). */
  blob: string;
  mode: string;
}

export interface CommitRecord {
  hash: string;
  parents: string[];
  /** Author date, strict ISO 8601 with offset. */
  date: string;
  author: string;
  subject: string;
  files: ChangedFile[];
}

/**
 * The header fields, in output order: one `%x00`-terminated placeholder each. A new field is
 * one line here and one in `readHeader`.
 */
const HEADER_FIELDS = ["%H", "%P", "%aI", "%an", "%s"] as const;
const FORMAT = `--format=${HEADER_FIELDS.join("%x00")}`;
const COMMIT_HASH = /^[0-9a-f]{40,64}$/;

/**
 * First-parent history: each commit is compared with the one before it on the branch, so a
 * merge shows what it brought in, once (documented in docs/history.md). `paths` narrows the
 * log to some files of the folder (relative to it).
 */
export function commitLogArgs(options: {
  start: string;
  folder: string;
  maxCount?: number | undefined;
  since?: string | undefined;
  until?: string | undefined;
  paths?: readonly string[] | undefined;
}): string[] {
  const args = [
    "log",
    "--first-parent",
    "--diff-merges=first-parent",
    "-z",
    "--raw",
    "--no-abbrev",
    "--no-renames",
    FORMAT,
  ];
  if (options.maxCount !== undefined) args.push(`--max-count=${options.maxCount}`);
  if (options.since !== undefined) args.push(`--since=${options.since}`);
  if (options.until !== undefined) args.push(`--until=${options.until}`);
  const pathspecs =
    options.paths === undefined
      ? [folderPathspec(options.folder)]
      : options.paths.map((path) => folderPathspec(options.folder, path));
  args.push(options.start, "--");
  pushAll(args, pathspecs);
  return args;
}

/**
 * Parses `git log -z --raw` in the format above; newest first, as git prints it. The output
 * is a run of NUL-terminated tokens: a commit's header fields, then for each changed file a
 * `:meta` token and a path token. A token in a commit's first place that is not a hash means
 * the output is not what this parser was written for: an error, never a silently short log.
 */
export function parseCommitLog(output: string, folder: string): CommitRecord[] {
  const tokens = output.split("\0");
  const commits: CommitRecord[] = [];
  let at = 0;
  while (at < tokens.length) {
    const first = tokens[at]!;
    // Between commits git may leave an empty token (a commit that listed no files).
    if (first === "" || first === "\n") {
      at++;
      continue;
    }
    if (!COMMIT_HASH.test(first)) {
      throw new GitFailure(
        `git log printed something unexpected where a commit should start: "${first.slice(0, 40)}"`,
      );
    }
    const header = tokens.slice(at, at + HEADER_FIELDS.length);
    at += HEADER_FIELDS.length;
    const files: ChangedFile[] = [];
    for (;;) {
      const meta = (tokens[at] ?? "").replace(/^\n/, "");
      if (!meta.startsWith(":")) break;
      const [, mode = "", , blob = "", status = ""] = meta.slice(1).split(" ");
      const path = pathInFolder(folder, tokens[at + 1] ?? "");
      if (path !== undefined) files.push({ path, status: status.charAt(0), blob, mode });
      at += 2;
    }
    commits.push({ ...readHeader(header), files });
  }
  return commits;
}

function readHeader(fields: readonly string[]): Omit<CommitRecord, "files"> {
  const [hash = "", parents = "", date = "", author = "", subject = ""] = fields;
  return { hash, parents: parents.split(" ").filter((parent) => parent !== ""), date, author, subject };
}
