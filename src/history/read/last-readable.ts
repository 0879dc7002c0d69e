// A walk that starts part-way through history (`log -n`, `--since`, a shallow clone) begins
// from the road map at one commit. A file unreadable there (broken YAML) still stands for an
// item: the one of its last readable version, as a walk from the first commit would have kept
// it (docs/history.md, "Files that cannot be read"). This finds that version, so the commit
// that fixes the file shows what changed rather than an "added" item.

import { type Repository, runGit } from "../../load/git.js";
import { SYMLINK_MODE } from "../../load/git-objects.js";
import { type RoadmapItem, readFileVersions } from "./blob-items.js";
import { type ChangedFile, commitLogArgs, parseCommitLog } from "./commit-log.js";

/** A file's item before the walk: known (undefined = no item), or unknown and why. */
export type EarlierState = { item: RoadmapItem | undefined } | { unknown: string };

interface Version {
  commit: string;
  file: ChangedFile;
}

/** Past this many files, git is asked for the whole folder's log (command lines have a limit). */
const MAX_PATHSPECS = 100;

/** Versions read per file in the first round; each further round reads four times as many. */
const FIRST_ROUND = 2;

/** For each path (unreadable at `commit`), the item of its last readable version up to `commit`. */
export async function findLastReadable(
  repo: Repository,
  folder: string,
  commit: string,
  paths: readonly string[],
  shallow: ReadonlySet<string>,
): Promise<Map<string, EarlierState>> {
  const versions = listVersions(repo, folder, commit, paths);
  const states = new Map<string, EarlierState>();
  let pending = [...paths];
  for (let from = 0, count = FIRST_ROUND; pending.length > 0; from += count, count *= 4) {
    const batch = pending.map((path) => ({
      path,
      slice: versions.get(path)?.slice(from, from + count) ?? [],
    }));
    const reader = await readFileVersions(
      repo,
      batch.flatMap(({ slice }) => slice.filter((version) => isFile(version.file)).map(({ file }) => file)),
    );
    pending = [];
    for (const { path, slice } of batch) {
      const state = decide(slice, (file) => reader.read(file.path, file.blob).item, shallow);
      if (state !== undefined) states.set(path, state);
      else if (slice.length === count) pending.push(path);
      else states.set(path, { item: undefined });
    }
  }
  return states;
}

/** Newest first, the versions each path had on the first-parent line up to `commit`. */
function listVersions(
  repo: Repository,
  folder: string,
  commit: string,
  paths: readonly string[],
): Map<string, Version[]> {
  const narrowed = paths.length <= MAX_PATHSPECS ? paths : undefined;
  const output = runGit(repo.root, commitLogArgs({ start: commit, folder, paths: narrowed })).toString(
    "utf8",
  );
  const versions = new Map<string, Version[]>();
  for (const record of parseCommitLog(output, folder)) {
    for (const file of record.files) {
      const list = versions.get(file.path) ?? [];
      list.push({ commit: record.hash, file });
      versions.set(file.path, list);
    }
  }
  return versions;
}

/** Undefined while the versions seen so far do not settle it. */
function decide(
  versions: readonly Version[],
  itemOf: (file: ChangedFile) => RoadmapItem | undefined,
  shallow: ReadonlySet<string>,
): EarlierState | undefined {
  for (const { commit, file } of versions) {
    // Deleted or turned into a link: the walk holds no item for the path from there on.
    if (!isFile(file)) return { item: undefined };
    const item = itemOf(file);
    if (item !== undefined) return { item };
    if (shallow.has(commit)) {
      return {
        unknown: `it could not be read at ${commit.slice(0, 7)}, the oldest commit of this shallow clone, and older versions are not here`,
      };
    }
    // Created unreadable: there never was an item before it.
    if (file.status === "A") return { item: undefined };
  }
  return undefined;
}

function isFile(file: ChangedFile): boolean {
  return file.status !== "D" && file.mode !== SYMLINK_MODE;
}
