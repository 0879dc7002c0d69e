// Replays the road map commit by commit, oldest first, re-reading only the files each commit
// changed (blobs fetched in one batch, each parsed once). Only files that ever change and the
// small kinds (mission, themes, milestones: slips need every milestone's end) are ever read;
// epics and ideas (many files, each commit touches few) only in the versions commits touch.

import type { Repository } from "../../load/git.js";
import { listRoadmapTree, SYMLINK_MODE, type TreeEntry } from "../../load/git-objects.js";
import { classifyPath, type FileKind, idFromPath } from "../../model/layout.js";
import { buildRoadmap, type Located, type Roadmap } from "../../model/roadmap.js";
import type { Epic, Idea, Milestone, Mission, Team, Theme } from "../../model/schemas.js";
import type { LogCommit } from "../commits.js";
import { diffRoadmaps } from "../diff.js";
import { type FileVersions, type RoadmapItem, readFileVersions } from "./blob-items.js";
import type { CommitRecord } from "./commit-log.js";
import { findLastReadable } from "./last-readable.js";

// Teams too: `log` shows what `diff` shows for the same commits (docs/history.md).
const MODEL_KINDS: ReadonlySet<FileKind> = new Set(["mission", "theme", "milestone", "team", "epic", "idea"]);
/** Kinds read only where a commit touches them. */
const PER_FILE_KINDS: ReadonlySet<FileKind | undefined> = new Set(["epic", "idea"]);

function isModelFile(path: string): boolean {
  const kind = classifyPath(path);
  return kind !== undefined && MODEL_KINDS.has(kind);
}

export interface WalkOptions {
  /**
   * For one item's history (`log <id>`): read the whole starting road map (not only the epics
   * the commits touch), list the stories of added and removed epics, and collect here every
   * item id the walk meets, so that an id that exists at no revision can be told apart.
   */
  itemIds?: Set<string>;
  /**
   * For whole states of the road map (`review`): the whole starting road map is read (not only
   * the epics the commits touch), and after each commit is replayed, oldest first, this is
   * called with a function that builds the road map as it then stands.
   */
  onState?: (hash: string, whole: () => Roadmap) => void;
}

/** Commits (newest first, as git lists them) with their semantic changes, newest first. */
export async function walkHistory(
  repo: Repository,
  folder: string,
  records: readonly CommitRecord[],
  shallow: ReadonlySet<string>,
  options: WalkOptions = {},
): Promise<LogCommit[]> {
  const oldest = records.at(-1);
  if (oldest === undefined) return [];
  const atBoundary = shallow.has(oldest.hash);
  const baseCommit = atBoundary ? oldest.hash : oldest.parents[0];
  const touched = new Set(
    records.flatMap((record) => record.files.map((file) => file.path)).filter(isModelFile),
  );
  const base = (baseCommit === undefined ? [] : listRoadmapTree(repo, baseCommit, folder)).filter(
    (entry) =>
      entry.mode !== SYMLINK_MODE &&
      (!PER_FILE_KINDS.has(classifyPath(entry.path)) ||
        touched.has(entry.path) ||
        options.itemIds !== undefined ||
        options.onState !== undefined),
  );
  const wanted = [
    ...base,
    ...records.flatMap((record) =>
      record.files.filter((file) => file.status !== "D" && isModelFile(file.path)),
    ),
  ];
  const reader = await readFileVersions(repo, wanted);
  const state = new WalkState(options.itemIds);
  if (baseCommit !== undefined)
    await setBaseState(state, base, reader, { repo, folder, baseCommit, shallow });

  const commits: LogCommit[] = [];
  for (const record of [...records].reverse()) {
    const header = { hash: record.hash, date: record.date, author: record.author, subject: record.subject };
    if (atBoundary && record === oldest) {
      commits.push({ ...header, changes: [], boundary: true });
      options.onState?.(record.hash, () => state.whole());
      continue;
    }
    commits.push({ ...header, ...replayCommit(record, state, reader, options.itemIds !== undefined) });
    options.onState?.(record.hash, () => state.whole());
  }
  return commits.reverse();
}

/**
 * The road map just before the oldest listed commit. A file unreadable there stands for the
 * item of its last readable version, as in a walk from the first commit (last-readable.ts).
 */
async function setBaseState(
  state: WalkState,
  base: readonly TreeEntry[],
  reader: FileVersions,
  at: { repo: Repository; folder: string; baseCommit: string; shallow: ReadonlySet<string> },
): Promise<void> {
  const unreadable: string[] = [];
  for (const entry of base) {
    const { item } = reader.read(entry.path, entry.blob);
    if (item === undefined) unreadable.push(entry.path);
    else state.set(entry.path, item);
  }
  if (unreadable.length === 0) return;
  const earlier = await findLastReadable(at.repo, at.folder, at.baseCommit, unreadable, at.shallow);
  for (const [path, earlierState] of earlier) {
    if ("unknown" in earlierState) state.unknown.set(path, earlierState.unknown);
    else state.set(path, earlierState.item);
  }
}

/** Applies one commit's file versions to the state; what changed, and what could not be told. */
function replayCommit(
  record: CommitRecord,
  state: WalkState,
  reader: FileVersions,
  storiesOfWholeEpics: boolean,
): Pick<LogCommit, "changes" | "unreadable" | "unknown_before"> {
  const files = record.files.filter((file) => isModelFile(file.path));
  const before = state.snapshot(files);
  const unreadable: { file: string; message: string }[] = [];
  const unknownBefore: { file: string; message: string }[] = [];
  for (const file of files) {
    const unknown = state.unknown.get(file.path);
    if (file.status === "D" || file.mode === SYMLINK_MODE) {
      state.set(file.path, undefined);
    } else {
      const { item, problem } = reader.read(file.path, file.blob);
      if (item !== undefined) state.set(file.path, item);
      else unreadable.push({ file: file.path, message: problem ?? "could not be read" });
      // Still unreadable: still unknown, and the unreadable note says enough.
      if (item === undefined && unknown !== undefined) continue;
    }
    if (unknown === undefined) continue;
    state.unknown.delete(file.path);
    unknownBefore.push({ file: file.path, message: unknown });
  }
  const skip = new Set(unknownBefore.map((note) => itemKey(note.file)));
  return {
    changes: diffRoadmaps(before, state.snapshot(files), { skip, storiesOfWholeEpics }),
    ...(unreadable.length > 0 ? { unreadable } : {}),
    ...(unknownBefore.length > 0 ? { unknown_before: unknownBefore } : {}),
  };
}

/** The diff's skip key (`type:id`) of the item a file holds. */
function itemKey(path: string): string {
  const kind = classifyPath(path);
  return kind === "mission" ? "mission:mission" : `${kind}:${idFromPath(path)}`;
}

/** The road map's items by file path; epics and ideas apart, since a commit touches only a few. */
class WalkState {
  readonly perFile = new Map<string, RoadmapItem>();
  readonly others = new Map<string, RoadmapItem>();
  /** Paths whose item is not known (see LogCommit.unknown_before), with why. */
  readonly unknown = new Map<string, string>();

  constructor(private readonly itemIds?: Set<string>) {}

  set(path: string, item: RoadmapItem | undefined): void {
    const kind = classifyPath(path);
    const isEpic = kind === "epic";
    const map = PER_FILE_KINDS.has(kind) ? this.perFile : this.others;
    if (item === undefined) map.delete(path);
    else map.set(path, item);
    if (item === undefined || this.itemIds === undefined) return;
    this.itemIds.add(item.id);
    for (const story of isEpic ? ((item as Located<Epic>).data.stories ?? []) : []) {
      this.itemIds.add(`${item.id}/${story.id}`);
    }
  }

  /** The whole road map as it stands (every item read so far). */
  whole(): Roadmap {
    return this.snapshot([...this.perFile.keys()].map((path) => ({ path })));
  }

  /**
   * The part of the road map a commit can change: every mission/theme/milestone/team item (few,
   * and slips need milestone ends) plus the epics and ideas of the files it touched.
   */
  snapshot(files: readonly { path: string }[]): Roadmap {
    const parts = {
      themes: [] as Located<Theme>[],
      milestones: [] as Located<Milestone>[],
      teams: [] as Located<Team>[],
    };
    let mission: Located<Mission> | undefined;
    for (const [path, item] of this.others) {
      const kind = classifyPath(path);
      if (kind === "mission") mission = item as Located<Mission>;
      else if (kind === "theme") parts.themes.push(item as Located<Theme>);
      else if (kind === "milestone") parts.milestones.push(item as Located<Milestone>);
      else if (kind === "team") parts.teams.push(item as Located<Team>);
    }
    const epics: Located<Epic>[] = [];
    const ideas: Located<Idea>[] = [];
    for (const file of files) {
      const item = this.perFile.get(file.path);
      if (item === undefined) continue;
      if (classifyPath(file.path) === "idea") ideas.push(item as Located<Idea>);
      else epics.push(item as Located<Epic>);
    }
    return buildRoadmap({ mission, ...parts, epics, ideas });
  }
}
