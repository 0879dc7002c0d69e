// Replays the road map commit by commit, oldest first, re-reading only the files each commit
// changed (blobs fetched in one batch, each parsed once). Only files that ever change and the
// small kinds (mission, themes, milestones: slips need every milestone's end) are ever read.
import { classifyPath, type FileKind } from "../load/source.js";
import { buildRoadmap, type Located, type Roadmap } from "../model/roadmap.js";
import type { Epic, Milestone, Mission, Theme } from "../model/schemas.js";
import { type RoadmapItem, readFileVersions } from "./blob-items.js";
import type { Change } from "./change.js";
import type { CommitRecord } from "./commit-log.js";
import { diffRoadmaps } from "./diff.js";
import type { Repository } from "./git.js";
import { listRoadmapTree, SYMLINK_MODE } from "./git-objects.js";

export interface LogCommit {
  hash: string;
  date: string;
  author: string;
  subject: string;
  changes: Change[];
  /** Files this commit left unreadable: their items keep their last readable state. */
  unreadable?: { file: string; message: string }[];
  /** The oldest commit of a shallow clone: what it changed is unknown. */
  boundary?: true;
}

const MODEL_KINDS: ReadonlySet<FileKind> = new Set(["mission", "theme", "milestone", "epic"]);

function isModelFile(path: string): boolean {
  const kind = classifyPath(path);
  return kind !== undefined && MODEL_KINDS.has(kind);
}

/** Commits (newest first, as git lists them) with their semantic changes, newest first. */
export async function walkHistory(
  repo: Repository,
  folder: string,
  records: readonly CommitRecord[],
  shallow: ReadonlySet<string>,
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
      entry.mode !== SYMLINK_MODE && (classifyPath(entry.path) !== "epic" || touched.has(entry.path)),
  );
  const wanted = [
    ...base,
    ...records.flatMap((record) =>
      record.files.filter((file) => file.status !== "D" && isModelFile(file.path)),
    ),
  ];
  const reader = await readFileVersions(repo, wanted);
  const state = new WalkState();
  for (const entry of base) state.set(entry.path, reader.read(entry.path, entry.blob).item);

  const commits: LogCommit[] = [];
  for (const record of [...records].reverse()) {
    const header = { hash: record.hash, date: record.date, author: record.author, subject: record.subject };
    if (atBoundary && record === oldest) {
      commits.push({ ...header, changes: [], boundary: true });
      continue;
    }
    const files = record.files.filter((file) => isModelFile(file.path));
    const before = state.snapshot(files);
    const unreadable: { file: string; message: string }[] = [];
    for (const file of files) {
      if (file.status === "D" || file.mode === SYMLINK_MODE) {
        state.set(file.path, undefined);
        continue;
      }
      const { item, problem } = reader.read(file.path, file.blob);
      if (item !== undefined) state.set(file.path, item);
      else unreadable.push({ file: file.path, message: problem ?? "could not be read" });
    }
    const changes = diffRoadmaps(before, state.snapshot(files));
    commits.push({ ...header, changes, ...(unreadable.length > 0 ? { unreadable } : {}) });
  }
  return commits.reverse();
}

/** The road map's items by file path; epics apart, since a commit touches only a few of them. */
class WalkState {
  readonly epics = new Map<string, Located<Epic>>();
  readonly others = new Map<string, RoadmapItem>();

  set(path: string, item: RoadmapItem | undefined): void {
    const map: Map<string, RoadmapItem> = classifyPath(path) === "epic" ? this.epics : this.others;
    if (item === undefined) map.delete(path);
    else map.set(path, item);
  }

  /**
   * The part of the road map a commit can change: every mission/theme/milestone item (few,
   * and slips need milestone ends) plus the epics of the files it touched.
   */
  snapshot(files: readonly { path: string }[]): Roadmap {
    const parts = { themes: [] as Located<Theme>[], milestones: [] as Located<Milestone>[] };
    let mission: Located<Mission> | undefined;
    for (const [path, item] of this.others) {
      const kind = classifyPath(path);
      if (kind === "mission") mission = item as Located<Mission>;
      else if (kind === "theme") parts.themes.push(item as Located<Theme>);
      else parts.milestones.push(item as Located<Milestone>);
    }
    const epics = files.flatMap((file) => this.epics.get(file.path) ?? []);
    return buildRoadmap({ mission, ...parts, epics });
  }
}
