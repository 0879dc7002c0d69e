// File versions (path + blob) read into road-map items, each once. Versions are validated in
// batches where every path and every item id appears at most once, so the per-call costs of
// the validator (cross-checks, building the model) are paid a few times, not per file.
import { classifyPath, idFromPath, type SourceFile } from "../load/source.js";
import type { Located } from "../model/roadmap.js";
import type { Epic, Milestone, Mission, Theme } from "../model/schemas.js";
import { validateSources } from "../validate/validate-roadmap.js";
import { findUnreadable } from "./unreadable.js";

export interface FileVersion {
  path: string;
  blob: string;
}

/** An item of the road map, whatever its kind. */
export type RoadmapItem = Located<Epic> | Located<Theme> | Located<Milestone> | Located<Mission>;

export interface ReadItem {
  item: RoadmapItem | undefined;
  /** Why the version did not become an item. */
  problem: string | undefined;
}

export class BlobItemReader {
  private readonly items = new Map<string, ReadItem>();

  constructor(private readonly blobs: ReadonlyMap<string, Uint8Array>) {}

  read(path: string, blob: string): ReadItem {
    const known = this.items.get(versionKey(path, blob));
    if (known !== undefined) return known;
    this.readAll([{ path, blob }]);
    return this.items.get(versionKey(path, blob))!;
  }

  readAll(versions: readonly FileVersion[]): void {
    const pending = new Map<string, FileVersion>();
    for (const version of versions) {
      const key = versionKey(version.path, version.blob);
      if (!this.items.has(key)) pending.set(key, version);
    }
    for (const batch of splitIntoBatches([...pending.values()])) this.readBatch(batch);
  }

  private readBatch(batch: readonly FileVersion[]): void {
    const files: SourceFile[] = [];
    for (const { path, blob } of batch) {
      const bytes = this.blobs.get(blob);
      if (bytes !== undefined) files.push({ path, bytes, contentKey: blob });
      else this.items.set(versionKey(path, blob), { item: undefined, problem: "not in this clone" });
    }
    const listing = { files, findings: [], hasMission: true };
    const { roadmap, findings } = validateSources(listing, { fileChecksOnly: true });
    const problems = new Map(
      findUnreadable(listing, roadmap, findings).map((file) => [file.file, file.message]),
    );
    const byFile = new Map<string, RoadmapItem>();
    for (const item of [roadmap.mission, ...roadmap.themes, ...roadmap.milestones, ...roadmap.epics]) {
      if (item !== undefined) byFile.set(item.file, item);
    }
    for (const file of files) {
      const item = byFile.get(file.path);
      const problem = item === undefined ? (problems.get(file.path) ?? "could not be read") : undefined;
      this.items.set(versionKey(file.path, file.contentKey!), { item, problem });
    }
  }
}

function versionKey(path: string, blob: string): string {
  return `${blob}\0${path}`;
}

/** Batches in which no path and no item id (kind + file name) repeats: no false duplicates. */
function splitIntoBatches(versions: readonly FileVersion[]): FileVersion[][] {
  const batches: { versions: FileVersion[]; ids: Set<string> }[] = [];
  for (const version of versions) {
    const kind = classifyPath(version.path);
    const id = `${kind}:${kind === "mission" ? "mission" : idFromPath(version.path)}`;
    let batch = batches.find((candidate) => !candidate.ids.has(id));
    if (batch === undefined) {
      batch = { versions: [], ids: new Set() };
      batches.push(batch);
    }
    batch.versions.push(version);
    batch.ids.add(id);
  }
  return batches.map((batch) => batch.versions);
}
