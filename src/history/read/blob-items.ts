// File versions (path + blob) read into road-map items, each once, as git streams the blobs.
// Each version is checked on its own (no cross-file checks: versions of different commits
// never form one road map).

import type { Repository } from "../../load/git.js";
import { streamBlobs } from "../../load/git-objects.js";
import type { Located } from "../../model/roadmap.js";
import type { Epic, Idea, Milestone, Mission, Team, Theme } from "../../model/schemas.js";
import { MAX_FILE_BYTES, oversizeFinding } from "../../parse/parse-yaml.js";
import { validateSources } from "../../validate/validate-roadmap.js";
import { findUnreadable } from "../unreadable.js";

export interface FileVersion {
  path: string;
  blob: string;
}

/** An item of the road map, whatever its kind. */
export type RoadmapItem =
  | Located<Epic>
  | Located<Theme>
  | Located<Milestone>
  | Located<Mission>
  | Located<Idea>
  | Located<Team>;

export interface ReadItem {
  item: RoadmapItem | undefined;
  /** Why the version did not become an item. */
  problem: string | undefined;
}

export interface FileVersions {
  read(path: string, blob: string): ReadItem;
}

const NOT_HERE: ReadItem = { item: undefined, problem: "its content is not in this clone" };

export async function readFileVersions(
  repo: Repository,
  versions: readonly FileVersion[],
): Promise<FileVersions> {
  const pathsByBlob = new Map<string, Set<string>>();
  for (const { path, blob } of versions) {
    const paths = pathsByBlob.get(blob) ?? new Set<string>();
    paths.add(path);
    pathsByBlob.set(blob, paths);
  }
  const items = new Map<string, ReadItem>();
  await streamBlobs(repo, [...pathsByBlob.keys()], {
    onBlob(blob, bytes) {
      for (const path of pathsByBlob.get(blob) ?? [])
        items.set(versionKey(path, blob), readVersion(path, bytes));
    },
    // Refused unread, as from a folder (docs/format.md): such a blob is never held whole.
    maxBytes: MAX_FILE_BYTES,
    onTooLarge(blob, size) {
      for (const path of pathsByBlob.get(blob) ?? []) {
        const finding = oversizeFinding(path, size);
        items.set(versionKey(path, blob), {
          item: undefined,
          problem: `${finding.message} (${finding.rule})`,
        });
      }
    },
  });
  return { read: (path, blob) => items.get(versionKey(path, blob)) ?? NOT_HERE };
}

function readVersion(path: string, bytes: Uint8Array): ReadItem {
  const listing = { files: [{ path, bytes }], findings: [], hasMission: true };
  const { roadmap, findings } = validateSources(listing, { fileChecksOnly: true });
  const item =
    roadmap.mission ??
    roadmap.themes[0] ??
    roadmap.milestones[0] ??
    roadmap.epics[0] ??
    roadmap.ideas[0] ??
    roadmap.teams[0];
  if (item !== undefined) return { item, problem: undefined };
  return { item, problem: findUnreadable(listing, roadmap, findings)[0]?.message ?? "could not be read" };
}

function versionKey(path: string, blob: string): string {
  return `${blob}\0${path}`;
}
