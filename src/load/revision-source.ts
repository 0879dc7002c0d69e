// Reading the road map as it was at a git revision (`--rev`), from git objects: never a
// checkout, never the index. The folder may exist only at that revision.
import { resolve } from "node:path";
import type { Finding } from "../diagnostics/diagnostic.js";
import { UsageError } from "../errors.js";
import { classifyPath } from "../model/layout.js";
import type { SourceFile, SourceListing } from "../parse/source-files.js";
import { findRoadmapDir, roadmapIn, searchedFolders } from "./find-roadmap.js";
import { folderInRepository, openRepositoryFor, type Repository, resolveCommit } from "./git.js";
import { hasMissionAt, listRoadmapTree, readBlobs, SYMLINK_MODE, type TreeEntry } from "./git-objects.js";
import type { RoadmapSource } from "./source.js";

export class RevisionSource implements RoadmapSource {
  readonly label: string;

  constructor(
    private readonly repo: Repository,
    private readonly commit: string,
    private readonly folder: string,
    rev: string,
  ) {
    this.label = `${folder === "" ? "." : folder} at ${rev}`;
  }

  read(): SourceListing {
    const entries = listRoadmapTree(this.repo, this.commit, this.folder);
    return listingFromTree(
      entries,
      readBlobs(
        this.repo,
        entries.map((entry) => entry.blob),
      ),
    );
  }
}

/** Turns tree entries and their blobs into what the validator reads; blob ids key the parse cache. */
export function listingFromTree(
  entries: readonly TreeEntry[],
  blobs: ReadonlyMap<string, Uint8Array>,
): SourceListing {
  const files: SourceFile[] = [];
  const findings: Finding[] = [];
  for (const entry of entries) {
    if (entry.mode === SYMLINK_MODE) {
      findings.push({
        file: entry.path,
        rule: "unsafe-path",
        severity: "error",
        message: `${entry.path} is a symbolic link; links are not followed when reading a git revision`,
      });
      continue;
    }
    const bytes = blobs.get(entry.blob);
    if (bytes !== undefined) files.push({ path: entry.path, bytes, contentKey: entry.blob });
  }
  const hasMission = files.some((file) => classifyPath(file.path) === "mission");
  return { files, findings, hasMission };
}

export interface RevisionRoadmap {
  /** Absolute path the road-map folder has (or would have) in the working tree. */
  dir: string;
  source: RevisionSource;
}

export function openRevisionSource(options: {
  rev: string;
  dir?: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
}): RevisionRoadmap {
  const repo = openRepositoryFor(options);
  const commit = resolveCommit(repo, options.rev);
  const dir = locateAtRevision(repo, commit, options);
  const folder = folderInRepository(repo, dir);
  if (listRoadmapTree(repo, commit, folder).length === 0) {
    throw new UsageError(
      `the road-map folder ${folder === "" ? "." : folder} does not exist at ${options.rev}`,
    );
  }
  return { dir, source: new RevisionSource(repo, commit, folder, options.rev) };
}

/**
 * docs/cli.md's search, where "holds mission.yaml" may be true at the revision only: a named
 * folder is taken as is (it may be absent now), else the working tree decides, else the same
 * walk up from the current folder over the revision's folders.
 */
export function locateAtRevision(
  repo: Repository,
  commit: string,
  options: { rev: string; dir?: string | undefined; env: NodeJS.ProcessEnv; cwd: string },
): string {
  const named = options.dir ?? options.env.ROADMAP_DIR;
  if (named !== undefined && named !== "") return resolve(options.cwd, named);
  try {
    return findRoadmapDir({ env: {}, cwd: options.cwd }).dir;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const atRevision = (dir: string): boolean => hasMissionAt(repo, commit, folderInRepository(repo, dir));
    for (const folder of searchedFolders(options.cwd)) {
      const found = roadmapIn(folder, atRevision);
      if (found !== undefined) return found;
    }
    throw new UsageError(
      `no road map found: no mission.yaml here, in ./roadmap or in a folder above, in the working tree or at ${options.rev} (use -C <dir>)`,
    );
  }
}
