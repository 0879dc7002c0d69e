// The git adapter: the one place that starts git. Every call is a single synchronous process;
// history reads objects in bulk (one `git log`, one `git cat-file --batch`), never a process
// per file: starting a process from node costs more than reading a file's version in bulk
// (bench/README.md, "Figures behind the code").
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";

/** Outputs of git can be the whole road map (36 MiB for 5,000 epics) several times over. */
const MAX_OUTPUT_BYTES = 2 * 1024 * 1024 * 1024 - 1;

export interface Repository {
  /** Absolute, real path of the working tree's top folder. */
  root: string;
}

export class GitFailure extends Error {}

/** Runs git in the repository; throws GitFailure with git's own first line of complaint. */
export function runGit(root: string, args: readonly string[], input?: string): Buffer {
  const result = spawnSync("git", args, {
    cwd: root,
    input,
    maxBuffer: MAX_OUTPUT_BYTES,
    env: { ...process.env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" },
  });
  if (result.error) throw new GitFailure(`could not run git: ${result.error.message}`);
  if (result.status !== 0) {
    const message = result.stderr.toString("utf8").trim().split("\n")[0] ?? "";
    throw new GitFailure(message || `git ${args[0]} failed`);
  }
  return result.stdout;
}

function gitText(root: string, args: readonly string[]): string {
  return runGit(root, args).toString("utf8").trim();
}

/**
 * The repository holding the road map: the one around a folder named with -C/ROADMAP_DIR
 * (so `roadmap log -C ~/product/roadmap` works from anywhere), else around `cwd`.
 */
export function openRepositoryFor(options: {
  dir?: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
}): Repository {
  const named = options.dir ?? options.env.ROADMAP_DIR;
  return openRepository(named ? nearestExisting(resolve(options.cwd, named)) : options.cwd);
}

/** The repository holding `cwd`, or exit 2: history needs git, other commands do not. */
function openRepository(cwd: string): Repository {
  let top: string;
  try {
    top = gitText(cwd, ["rev-parse", "--show-toplevel"]);
  } catch (error) {
    const reason = error instanceof GitFailure ? error.message : String(error);
    if (/not a git repository/i.test(reason)) {
      throw new UsageError(
        `not a git repository (${cwd}): log, diff, review and --rev read the road map's git history`,
      );
    }
    if (/must be run in a work tree/i.test(reason)) throw new UsageError(noWorkTreeMessage(cwd));
    throw new UsageError(`git: ${reason}`);
  }
  if (top === "") throw new UsageError(noWorkTreeMessage(cwd));
  return { root: realpathSync(top) };
}

/** A bare repository, or the inside of a `.git` folder: git's own words name neither. */
function noWorkTreeMessage(cwd: string): string {
  let bare = false;
  try {
    bare = gitText(cwd, ["rev-parse", "--is-bare-repository"]) === "true";
  } catch {
    // Then say what both cases share.
  }
  return bare
    ? `${cwd} is a bare repository (no working tree): run roadmap in a clone of it (git clone ${cwd})`
    : `${cwd} is inside a .git folder: run roadmap in the working tree around it`;
}

/**
 * The full hash of a commit, or exit 2 naming the revision. Any revision git understands:
 * `:/message` swallows a `^{commit}` suffix into the text it searches for, so a revision that
 * does not resolve with the suffix is resolved alone, then peeled to its commit.
 */
export function resolveCommit(repo: Repository, rev: string): string {
  if (rev.startsWith("-")) throw new UsageError(`unknown revision "${rev}"`);
  const verify = (name: string): string =>
    gitText(repo.root, ["rev-parse", "--verify", "--quiet", "--end-of-options", name]);
  try {
    return verify(`${rev}^{commit}`);
  } catch {
    try {
      return verify(`${verify(rev)}^{commit}`);
    } catch {
      if (rev === "HEAD") throw new UsageError(`the repository at ${repo.root} has no commits yet`);
      throw new UsageError(`unknown revision "${rev}" (not a commit in ${repo.root})`);
    }
  }
}

/** The best common ancestor of two revisions, as `git diff a...b` uses (named for messages). */
export function mergeBase(repo: Repository, a: string, b: string): string {
  const [first, second] = [resolveCommit(repo, a), resolveCommit(repo, b)];
  try {
    return gitText(repo.root, ["merge-base", first, second]);
  } catch {
    const hint =
      readShallowBoundary(repo).size > 0
        ? "this is a shallow clone: fetch more history (actions/checkout: fetch-depth: 0)"
        : "compare them with a..b instead";
    throw new UsageError(`${a} and ${b} have no common ancestor here; ${hint}`);
  }
}

/** Commits whose parents this (shallow) clone does not have; empty in a full clone. */
export function readShallowBoundary(repo: Repository): Set<string> {
  const file = join(gitText(repo.root, ["rev-parse", "--absolute-git-dir"]), "shallow");
  if (!existsSync(file)) return new Set();
  const hashes = readFileSync(file, "utf8")
    .split("\n")
    .map((line) => line.trim());
  return new Set(hashes.filter((hash) => hash !== ""));
}

/**
 * The road-map folder as a path inside the repository ("" for the top, posix separators).
 * The folder may exist only at some revision, so the real path of its nearest existing
 * ancestor anchors it (temporary folders often sit behind a symbolic link).
 */
export function folderInRepository(repo: Repository, dir: string): string {
  const absolute = resolve(dir);
  const existing = nearestExisting(absolute);
  const real = join(realpathSync(existing), relative(existing, absolute));
  const inside = relative(repo.root, real);
  if (inside === ".." || inside.startsWith(`..${sep}`) || resolve(repo.root, inside) !== real) {
    throw new UsageError(`the road-map folder ${dir} is outside the git repository at ${repo.root}`);
  }
  return inside.split(sep).join("/");
}

/**
 * Whether the working tree holds changes under `folder` (a path in the repository, "" for its
 * top) that no commit has yet: edited, staged, removed or new files.
 */
export function hasUncommittedChanges(repo: Repository, folder: string): boolean {
  const status = gitText(repo.root, [
    "--literal-pathspecs",
    "status",
    "--porcelain",
    "--untracked-files=all",
    "--",
    folder === "" ? "." : folder,
  ]);
  return status !== "";
}

/** The folder itself if it exists, else its closest existing ancestor. */
function nearestExisting(path: string): string {
  let current = path;
  while (!existsSync(current) && dirname(current) !== current) current = dirname(current);
  return current;
}
