// Reading trees and blobs straight from git objects: nothing here touches the working tree
// or the index. Blobs come from one `git cat-file --batch` fed every id at once.
import { spawn } from "node:child_process";
import { classifyPath } from "../model/layout.js";
import { type CatFileHandlers, CatFileOutputReader } from "./cat-file-output.js";
import { GitFailure, type Repository, runGit } from "./git.js";

export interface TreeEntry {
  /** Relative to the road-map folder, posix separators. */
  path: string;
  blob: string;
  /** git file mode: 100644/100755 files, 120000 symbolic links, 160000 submodules. */
  mode: string;
}

export const SYMLINK_MODE = "120000";

/** Git's pathspec for a path in the road-map folder, from the top of the repository, no wildcards. */
export function folderPathspec(folder: string, path = ""): string {
  const inside = folder === "" ? path : `${folder}/${path}`;
  return inside === "" ? ":(top)" : `:(top,literal)${inside}`;
}

/** Path inside the road-map folder of a repository path, or undefined when outside it. */
export function pathInFolder(folder: string, repoPath: string): string | undefined {
  if (folder === "") return repoPath;
  return repoPath.startsWith(`${folder}/`) ? repoPath.slice(folder.length + 1) : undefined;
}

/** The road-map files (docs/format.md layout) in the folder at a commit; empty when the folder is absent. */
export function listRoadmapTree(repo: Repository, commit: string, folder: string): TreeEntry[] {
  const output = runGit(repo.root, [
    "ls-tree",
    "-r",
    "-z",
    "--full-tree",
    commit,
    "--",
    folderPathspec(folder),
  ]);
  const entries: TreeEntry[] = [];
  for (const record of output.toString("utf8").split("\0")) {
    const tab = record.indexOf("\t");
    if (tab === -1) continue;
    const [mode, type, blob] = record.slice(0, tab).split(" ");
    const path = pathInFolder(folder, record.slice(tab + 1));
    if (type !== "blob" || path === undefined || classifyPath(path) === undefined) continue;
    entries.push({ path, blob: blob!, mode: mode! });
  }
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The contents of many blobs with one git process; ids git does not have are left out. */
export function readBlobs(repo: Repository, ids: Iterable<string>): Map<string, Uint8Array> {
  const unique = [...new Set(ids)];
  const blobs = new Map<string, Uint8Array>();
  if (unique.length === 0) return blobs;
  const output = runGit(repo.root, ["cat-file", "--batch"], `${unique.join("\n")}\n`);
  new CatFileOutputReader({ onBlob: (id, bytes) => blobs.set(id, bytes) }).push(output);
  return blobs;
}

/** Whether the folder holds a mission file at the commit (finding the road map at a revision). */
export function hasMissionAt(repo: Repository, commit: string, folder: string): boolean {
  const names = [folderPathspec(folder, "mission.yaml"), folderPathspec(folder, "mission.yml")];
  return runGit(repo.root, ["ls-tree", "-z", commit, "--", ...names]).length > 0;
}

/**
 * Blobs handed to `handlers.onBlob` as `git cat-file --batch` produces them, so that git
 * unpacks the next ones while the caller parses (two cores instead of one, one process all
 * the same). Blobs over `handlers.maxBytes` are skipped, their size reported.
 */
export function streamBlobs(
  repo: Repository,
  ids: readonly string[],
  handlers: CatFileHandlers,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const git = spawn("git", ["cat-file", "--batch"], { cwd: repo.root, stdio: ["pipe", "pipe", "pipe"] });
    const reader = new CatFileOutputReader(handlers);
    let stderr = "";
    git.stdout.on("data", (chunk: Buffer) => reader.push(chunk));
    git.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    git.on("error", (error) => reject(new GitFailure(`could not run git: ${error.message}`)));
    git.on("close", (code) => {
      if (code !== 0) reject(new GitFailure(stderr.trim().split("\n")[0] || "git cat-file failed"));
      else if (!reader.complete) reject(new GitFailure("git cat-file stopped in the middle of an object"));
      else resolve();
    });
    git.stdin.end(`${unique.join("\n")}\n`);
  });
}
