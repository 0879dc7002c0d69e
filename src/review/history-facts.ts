// What review needs from the commits between states (docs/review.md): which epics were
// renamed (so a committed epic is followed under its new id), when each epic last changed
// (stale), and when each epic's health last changed. Pure: the walk's commits come in, each
// with its semantic changes (docs/history.md) and its committer date in UTC.
import type { Change } from "../history/change.js";
import type { DatedCommit } from "../history/commits.js";
import { diffRoadmaps } from "../history/diff.js";
import { classifyPath, idFromPath } from "../model/layout.js";
import type { Roadmap } from "../model/roadmap.js";

/** Epic ids across renames between two states. */
export interface EpicIdentity {
  /** The id a baseline epic has at the end (itself unless renamed). */
  endIdOf(baselineId: string): string;
  /** The id an end epic had at the baseline; undefined when it did not exist there. */
  baselineIdOf(endId: string): string | undefined;
}

/**
 * Renames as docs/history.md detects them (same content, new id), chained over the commits from the
 * baseline (exclusive) to the end (inclusive), oldest first. `a -> b` then `b -> c` is `a -> c`.
 */
export function followRenames(
  commitsOldestFirst: readonly DatedCommit[],
  existedAtBaseline: (id: string) => boolean,
): EpicIdentity {
  /** End id -> baseline id, for epics renamed at least once. */
  const origin = new Map<string, string>();
  /** Ids that were renamed away: an epic created later under one of them is a new epic. */
  const left = new Set<string>();
  for (const commit of commitsOldestFirst) {
    for (const change of commit.changes) {
      if (change.kind !== "renamed" || change.type !== "epic") continue;
      const from = String(change.from);
      const first = origin.get(from) ?? (left.has(from) ? undefined : from);
      origin.delete(from);
      left.add(from);
      if (first !== undefined) origin.set(String(change.to), first);
    }
  }
  const endIds = new Map([...origin].map(([end, start]) => [start, end]));
  return {
    endIdOf: (baselineId) => endIds.get(baselineId) ?? baselineId,
    baselineIdOf(endId) {
      const renamed = origin.get(endId);
      if (renamed !== undefined) return existedAtBaseline(renamed) ? renamed : undefined;
      if (left.has(endId)) return undefined;
      return existedAtBaseline(endId) ? endId : undefined;
    },
  };
}

/** The epic an item's change is about: an epic's id, a story's epic, a rename's new id. */
function epicOfChange(change: Change): string | undefined {
  if (change.type === "epic") return change.id;
  if (change.type === "story") return change.id.slice(0, change.id.indexOf("/"));
  return undefined;
}

/** The epic a file holds, if it is an epic's file. */
function epicOfFile(file: string): string | undefined {
  return classifyPath(file) === "epic" ? idFromPath(file) : undefined;
}

/**
 * The date of each epic's newest commit that `log <id>` lists (a change to it or its stories,
 * its rename to this id, or its file unreadable), over commits newest first.
 */
export function findLastChanges(commitsNewestFirst: readonly DatedCommit[]): Map<string, string> {
  const last = new Map<string, string>();
  const note = (id: string | undefined, date: string): void => {
    if (id !== undefined && !last.has(id)) last.set(id, date);
  };
  for (const commit of commitsNewestFirst) {
    for (const change of commit.changes) note(epicOfChange(change), commit.date);
    for (const { file } of commit.notes) note(epicOfFile(file), commit.date);
  }
  return last;
}

/**
 * For each id, the date its `health` last changed, over commits newest first: a change of the
 * field, or the commit that added the epic with it; renames followed back to the old id.
 * Ids whose change is not in these commits are left out.
 */
export function findHealthChanges(
  commitsNewestFirst: readonly DatedCommit[],
  ids: readonly string[],
): Map<string, string> {
  /** The name each wanted epic had at the commits being read -> the wanted id. */
  const wanted = new Map(ids.map((id) => [id, id]));
  const since = new Map<string, string>();
  for (const commit of commitsNewestFirst) {
    if (wanted.size === 0) break;
    for (const change of commit.changes) {
      if (change.type !== "epic") continue;
      const id = wanted.get(change.id);
      if (id === undefined) continue;
      if (change.kind === "renamed") {
        wanted.delete(change.id);
        wanted.set(String(change.from), id);
      } else if (change.kind === "added" || (change.kind === "changed" && change.field === "health")) {
        since.set(id, commit.date);
        wanted.delete(change.id);
      }
    }
  }
  return since;
}

/**
 * Renames between two states that are not on one line of commits (a `--baseline` revision off
 * the first-parent line): only what a direct comparison detects, same content under a new id.
 */
export function renamesBetween(baseline: Roadmap, end: Roadmap): EpicIdentity {
  const commit: DatedCommit = { hash: "", date: "", changes: diffRoadmaps(baseline, end), notes: [] };
  return followRenames([commit], (id) => baseline.epicById.has(id));
}
