// One side of a comparison: the road map at a commit (from git objects) or in the working
// tree, with the files that could not be read. An absent folder is an empty road map, so a
// diff from before the road map existed lists everything as added.
import { existsSync } from "node:fs";
import { FolderSource } from "../../load/folder-source.js";
import type { Repository } from "../../load/git.js";
import { RevisionSource } from "../../load/revision-source.js";
import type { Roadmap } from "../../model/roadmap.js";
import { type ParseCache, parseDocumentsHere } from "../../parse/parse-sources.js";
import type { SourceListing } from "../../parse/source-files.js";
import { validateSources } from "../../validate/validate-roadmap.js";
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
  const source =
    commit === undefined
      ? existsSync(dir)
        ? new FolderSource(dir)
        : undefined
      : new RevisionSource(repo, commit, folder, commit);
  const listing = source?.read() ?? EMPTY;
  // One thread: the sides share a cache of parses by blob id, and a diff reads at most two.
  const parsed = parseDocumentsHere(listing.files, cache);
  const { roadmap, findings } = validateSources(listing, { parsed });
  return { roadmap, unreadable: findUnreadable(listing, roadmap, findings) };
}
