// Reading trees and blobs straight from git objects: nothing here touches the working tree
// or the index. Blobs come from one `git cat-file --batch` fed every id at once.
import { spawn } from "node:child_process";
import { classifyPath } from "../load/source.js";
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

/** The road-map files (SPEC 2 layout) in the folder at a commit; empty when the folder is absent. */
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
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(10, offset);
    if (lineEnd === -1) break;
    const header = output.toString("utf8", offset, lineEnd).split(" ");
    offset = lineEnd + 1;
    if (header[1] === "missing" || header.length < 3) continue;
    const size = Number(header[2]);
    blobs.set(header[0]!, output.subarray(offset, offset + size));
    offset += size + 1;
  }
  return blobs;
}

/** Whether the folder holds a mission file at the commit (finding the road map at a revision). */
export function hasMissionAt(repo: Repository, commit: string, folder: string): boolean {
  const names = [folderPathspec(folder, "mission.yaml"), folderPathspec(folder, "mission.yml")];
  return runGit(repo.root, ["ls-tree", "-z", commit, "--", ...names]).length > 0;
}

/**
 * Blobs handed to `onBlob` as `git cat-file --batch` produces them, so that git unpacks the
 * next ones while the caller parses (two cores instead of one, one process all the same).
 */
export function streamBlobs(
  repo: Repository,
  ids: readonly string[],
  onBlob: (id: string, bytes: Uint8Array) => void,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const git = spawn("git", ["cat-file", "--batch"], { cwd: repo.root, stdio: ["pipe", "pipe", "pipe"] });
    let pending: Buffer = Buffer.alloc(0);
    let stderr = "";
    git.stdout.on("data", (chunk: Buffer) => {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      let offset = 0;
      for (;;) {
        const lineEnd = pending.indexOf(10, offset);
        if (lineEnd === -1) break;
        const [id = "", type = "", size = ""] = pending.toString("latin1", offset, lineEnd).split(" ");
        if (type === "missing") {
          offset = lineEnd + 1;
          continue;
        }
        const end = lineEnd + 1 + Number(size);
        if (end + 1 > pending.length) break;
        onBlob(id, pending.subarray(lineEnd + 1, end));
        offset = end + 1;
      }
      pending = pending.subarray(offset);
    });
    git.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    git.on("error", (error) => reject(new GitFailure(`could not run git: ${error.message}`)));
    git.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new GitFailure(stderr.trim().split("\n")[0] || "git cat-file failed"));
    });
    git.stdin.end(`${unique.join("\n")}\n`);
  });
}
