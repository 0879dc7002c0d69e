// One `git log` for the whole walk: each commit's header and the files it changed under the
// road-map folder, with their blob ids (--raw), so no further process is needed per commit.
import { folderPathspec, pathInFolder } from "./git-objects.js";

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

const RECORD = "\x1e";
const FORMAT = `--format=${RECORD}%H%x00%P%x00%aI%x00%an%x00%s`;

/**
 * First-parent history: each commit is compared with the one before it on the branch, so a
 * merge shows what it brought in, once (documented in docs/history.md).
 */
export function commitLogArgs(options: {
  start: string;
  folder: string;
  maxCount?: number | undefined;
  since?: string | undefined;
  until?: string | undefined;
}): string[] {
  const args = [
    "log",
    "--first-parent",
    "--diff-merges=first-parent",
    "-z",
    "--raw",
    "--no-abbrev",
    "--no-renames",
  ];
  args.push(FORMAT);
  if (options.maxCount !== undefined) args.push(`--max-count=${options.maxCount}`);
  if (options.since !== undefined) args.push(`--since=${options.since}`);
  if (options.until !== undefined) args.push(`--until=${options.until}`);
  args.push(options.start, "--", folderPathspec(options.folder));
  return args;
}

/** Parses `git log -z --raw` in the format above; newest first, as git prints it. */
export function parseCommitLog(output: string, folder: string): CommitRecord[] {
  const commits: CommitRecord[] = [];
  for (const chunk of output.split(RECORD)) {
    if (chunk === "") continue;
    const [hash = "", parents = "", date = "", author = "", subject = "", ...rest] = chunk.split("\0");
    const files: ChangedFile[] = [];
    for (let i = 0; i < rest.length; i++) {
      const meta = rest[i]!.trim();
      if (!meta.startsWith(":")) continue;
      const [, mode = "", , blob = "", status = ""] = meta.slice(1).split(" ");
      const path = pathInFolder(folder, rest[++i] ?? "");
      if (path !== undefined) files.push({ path, status: status.charAt(0), blob, mode });
    }
    commits.push({ hash, parents: parents.split(" ").filter((p) => p !== ""), date, author, subject, files });
  }
  return commits;
}
