// One side of a comparison: the road map at a commit (from git objects) or in the working
// tree, with the files that could not be read. An absent folder is an empty road map, so a
// diff from before the road map existed lists everything as added.
import { existsSync } from "node:fs";
import { FolderSource } from "../../load/folder-source.js";
import type { Repository } from "../../load/git.js";
import { listRoadmapTree, readBlobs } from "../../load/git-objects.js";
import { listingFromTree } from "../../load/revision-source.js";
import type { Roadmap } from "../../model/roadmap.js";
import type { SourceListing } from "../../parse/source-files.js";
import { type ParseCache, validateSources } from "../../validate/validate-roadmap.js";
import { findUnreadable, type UnreadableFile } from "../unreadable.js";

export interface ReadSide {
  roadmap: Roadmap;
  unreadable: UnreadableFile[];
}

const EMPTY: SourceListing = { files: [], findings: [], hasMission: false };

/** `commit` undefined means the working tree (the folder at `dir`). */
export function readSide(
  repo: Repository,
  folder: string,
  dir: string,
  commit: string | undefined,
  cache: ParseCache,
): ReadSide {
  let listing: SourceListing;
  if (commit === undefined) {
    listing = existsSync(dir) ? new FolderSource(dir).read() : EMPTY;
  } else {
    const entries = listRoadmapTree(repo, commit, folder);
    listing = listingFromTree(
      entries,
      readBlobs(
        repo,
        entries.map((entry) => entry.blob),
      ),
    );
  }
  const { roadmap, findings } = validateSources(listing, { cache });
  return { roadmap, unreadable: findUnreadable(listing, roadmap, findings) };
}
