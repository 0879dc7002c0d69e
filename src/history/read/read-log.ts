// `roadmap log`: one `git log` for the commits and changed paths, one `cat-file --batch` for
// the blobs, then the replay. `-n` counts commits with road-map changes, so when some listed
// commits turn out to change nothing the road map knows about, git is asked for more.

import { type Repository, readShallowBoundary, runGit } from "../../load/git.js";
import { continuesChain } from "../../model/continues.js";
import type { Roadmap } from "../../model/roadmap.js";
import type { ItemLog, LogCommit, LogResult } from "../commits.js";
import { MAX_GIT_COUNT } from "../max-count.js";
import { narrowToItem } from "../narrow-log.js";
import type { CommitRecord } from "./commit-log.js";
import { commitLogArgs, parseCommitLog } from "./commit-log.js";
import { checkItemExists } from "./item-exists.js";
import { walkHistory } from "./walk-history.js";

export interface LogOptions {
  /** The commit to start from (default HEAD). */
  start: string;
  maxCount?: number | undefined;
  since?: string | undefined;
  until?: string | undefined;
  /** Only this item's changes. */
  id?: string | undefined;
}

export async function readLog(
  repo: Repository,
  folder: string,
  options: LogOptions,
): Promise<LogResult | ItemLog> {
  const shallow = readShallowBoundary(repo);
  let limit = options.id === undefined ? options.maxCount : undefined;
  for (;;) {
    const records = listCommits(repo, folder, options, limit);
    const itemIds = options.id === undefined ? undefined : new Set<string>();
    // An epic's log follows `continues` back, as the road map says at the newest commit read.
    let newest: Roadmap | undefined;
    const onState = (hash: string, whole: () => Roadmap) => {
      if (hash === records[0]?.hash) newest = whole();
    };
    let commits = await walkHistory(repo, folder, records, shallow, {
      itemIds,
      ...(options.id === undefined ? {} : { onState }),
    });
    let continues: string[] | undefined;
    if (options.id !== undefined && itemIds !== undefined) {
      checkItemExists(
        repo,
        folder,
        { ...options, id: options.id },
        { seen: itemIds, shallow: shallow.size > 0 },
      );
      continues = newest === undefined || options.id.includes("/") ? [] : continuesChain(newest, options.id);
      commits = narrowToItem(commits, options.id, continues);
    } else {
      commits = commits.filter(hasContent);
    }
    const exhausted = limit === undefined || records.length < limit;
    if (exhausted || commits.length >= (options.maxCount ?? 0)) {
      // In a shallow clone, a walk that ran out of commits (rather than stopping at -n) missed the rest.
      const partial = shallow.size > 0 && (exhausted || records.some((record) => shallow.has(record.hash)));
      return { commits: commits.slice(0, options.maxCount), partial, ...(continues ? { continues } : {}) };
    }
    // Past git's largest count, no count at all: the whole history is all there is.
    limit = limit! * 4 > MAX_GIT_COUNT ? undefined : limit! * 4;
  }
}

function listCommits(
  repo: Repository,
  folder: string,
  options: LogOptions,
  limit: number | undefined,
): CommitRecord[] {
  const args = commitLogArgs({ ...options, folder, maxCount: limit });
  return parseCommitLog(runGit(repo.root, args).toString("utf8"), folder);
}

function hasContent(commit: LogCommit): boolean {
  return (
    commit.changes.length > 0 ||
    commit.unreadable !== undefined ||
    commit.unknown_before !== undefined ||
    commit.boundary === true
  );
}
