// The states of the road map a review compares, read from git objects in one walk (docs/review.md,
// docs/review.md): one `git rev-list` for the first-parent line and its committer dates, one
// `git log` and one `git cat-file --batch` for the walk (walk-history.ts), each state built
// once from the replayed road map, never by checking out and never once per epic.

import { type Repository, readShallowBoundary, runGit } from "../../load/git.js";
import { listRoadmapTree, readBlobs } from "../../load/git-objects.js";
import { listingFromTree } from "../../load/revision-source.js";
import { dateOfUnixTime, unixTimeAfter } from "../../model/dates.js";
import { classifyPath } from "../../model/layout.js";
import { buildRoadmap, type Roadmap } from "../../model/roadmap.js";
import type { ParseCache } from "../../parse/parse-sources.js";
import { minOf } from "../../util/spread-free.js";
import { validateSources } from "../../validate/validate-roadmap.js";
import type { DatedCommit } from "../commits.js";
import { commitLogArgs, parseCommitLog } from "./commit-log.js";
import { readSide } from "./read-side.js";
import { walkHistory } from "./walk-history.js";

/** A state asked for: the end of a day (UTC), or a commit. */
export type StateRequest = { day: string } | { commit: string };

export interface ReadState {
  /** The commit of the first-parent line the state is read at. */
  hash: string;
  /** Its committer date in UTC, YYYY-MM-DD. */
  date: string;
  roadmap: Roadmap;
  /**
   * The newest walked commit whose changes the state holds; undefined for a state before any
   * change to the road map, or read apart from the walk (a commit off the line).
   */
  through: string | undefined;
}

export interface ReviewHistory {
  /** Per request, in order; undefined when the line holds no commit that old. */
  states: (ReadState | undefined)[];
  /** The first state that holds a road map at all, for a road map younger than the period. */
  first: ReadState | undefined;
  /** The walked commits, newest first, up to the newest state asked for. */
  commits: DatedCommit[];
  /** The committer date of the oldest commit on the line (a shallow clone's boundary). */
  oldestDate: string;
  /** A shallow clone: the line stops at a commit whose parents are not here. */
  partial: boolean;
}

interface LineCommit {
  hash: string;
  /** Committer time, seconds since the epoch. */
  time: number;
}

const EMPTY = buildRoadmap({});

export async function readReviewHistory(
  repo: Repository,
  folder: string,
  tip: string,
  requests: readonly StateRequest[],
): Promise<ReviewHistory> {
  const shallow = readShallowBoundary(repo);
  const line = readFirstParentLine(repo, tip);
  const position = new Map(line.map((commit, index) => [commit.hash, index]));
  const dateAt = (hash: string): string => dateOfUnixTime(line[position.get(hash)!]!.time);
  const at = requests.map((request) =>
    "day" in request ? lastCommitBy(line, request.day) : position.get(request.commit),
  );
  const onLine = at.filter((index): index is number => index !== undefined);
  const newest = onLine.length === 0 ? undefined : minOf(onLine);

  const records =
    newest === undefined
      ? []
      : parseCommitLog(
          runGit(repo.root, commitLogArgs({ start: line[newest]!.hash, folder })).toString("utf8"),
          folder,
        );
  // The state at line position i is the road map after the newest walked commit at or before it.
  const throughOf = (index: number) => records.find((record) => position.get(record.hash)! >= index)?.hash;
  const wanted = new Set(onLine.map(throughOf).filter((hash) => hash !== undefined));
  const snapshots = new Map<string, Roadmap>();
  let first: { hash: string; roadmap: Roadmap } | undefined;
  const walked = await walkHistory(repo, folder, records, shallow, {
    onState(hash, whole) {
      if (wanted.has(hash)) snapshots.set(hash, whole());
      if (first !== undefined) return;
      const roadmap = snapshots.get(hash) ?? whole();
      if (!isEmptyRoadmap(roadmap)) first = { hash, roadmap };
    },
  });

  const cache: ParseCache = new Map();
  const states = requests.map((request, index): ReadState | undefined => {
    const lineIndex = at[index];
    if (lineIndex === undefined) {
      if ("day" in request) return undefined;
      // A commit off the first-parent line: read on its own, from its tree.
      const { roadmap } = readSide(repo, folder, "", request.commit, cache);
      return {
        hash: request.commit,
        date: readCommitDate(repo, request.commit),
        roadmap,
        through: undefined,
      };
    }
    const hash = line[lineIndex]!.hash;
    const through = throughOf(lineIndex);
    const roadmap = through === undefined ? EMPTY : snapshots.get(through)!;
    return { hash, date: dateAt(hash), roadmap, through };
  });
  return {
    states,
    first: first && {
      hash: first.hash,
      date: dateAt(first.hash),
      roadmap: first.roadmap,
      through: first.hash,
    },
    commits: walked.map((commit) => ({
      hash: commit.hash,
      date: dateAt(commit.hash),
      changes: commit.changes,
      notes: [...(commit.unreadable ?? []), ...(commit.unknown_before ?? [])],
    })),
    oldestDate: dateOfUnixTime(line.at(-1)?.time ?? 0),
    partial: line.length > 0 && shallow.has(line.at(-1)!.hash),
  };
}

/**
 * The mission and milestones at a commit (what a period is resolved against: the fiscal year's
 * first month, a milestone's dates), without reading the epics.
 */
export function readPlanFrame(repo: Repository, folder: string, commit: string): Roadmap {
  const entries = listRoadmapTree(repo, commit, folder).filter((entry) => {
    const kind = classifyPath(entry.path);
    return kind === "mission" || kind === "milestone";
  });
  const listing = listingFromTree(
    entries,
    readBlobs(
      repo,
      entries.map((entry) => entry.blob),
    ),
  );
  return validateSources(listing, { fileChecksOnly: true }).roadmap;
}

/** HEAD's first-parent line (from `tip`), newest first, with committer times. */
function readFirstParentLine(repo: Repository, tip: string): LineCommit[] {
  const output = runGit(repo.root, ["rev-list", "--first-parent", "--timestamp", tip]).toString("utf8");
  const line: LineCommit[] = [];
  for (const row of output.split("\n")) {
    const space = row.indexOf(" ");
    if (space === -1) continue;
    line.push({ time: Number(row.slice(0, space)), hash: row.slice(space + 1) });
  }
  return line;
}

/**
 * docs/review.md: the last commit of the line (nearest the tip) whose committer date, in UTC, is on
 * or before the day; undefined when every commit is later.
 */
function lastCommitBy(line: readonly LineCommit[], day: string): number | undefined {
  const endOfDay = unixTimeAfter(day);
  const index = line.findIndex((commit) => commit.time < endOfDay);
  return index === -1 ? undefined : index;
}

function readCommitDate(repo: Repository, commit: string): string {
  const time = runGit(repo.root, ["show", "-s", "--format=%ct", commit]).toString("utf8").trim();
  return dateOfUnixTime(Number(time));
}

/** Whether a state holds no road map at all (before its first commit). */
export function isEmptyRoadmap(roadmap: Roadmap): boolean {
  return (
    roadmap.mission === undefined &&
    roadmap.themes.length === 0 &&
    roadmap.milestones.length === 0 &&
    roadmap.epics.length === 0
  );
}
