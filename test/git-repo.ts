// Real temporary git repositories for history tests (no mocked git). Author, committer and
// dates are fixed so hashes and output are the same on every run.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes (or, with undefined, deletes) files relative to the repository. */
  write(files: Record<string, string | undefined>): void;
  /**
   * Stages everything and commits with the given message on a fixed date: day n of 2026-01, or
   * `date` (ISO 8601 with its offset, for author and committer).
   */
  commit(message: string, options?: { day?: number; date?: string; author?: string }): string;
  remove(): void;
}

let clock = 0;

export function gitEnv(day: number | string, author = "Ann Author"): Record<string, string> {
  const date = typeof day === "string" ? day : `2026-01-${String(day).padStart(2, "0")}T12:00:00+00:00`;
  const email = `${author.toLowerCase().replace(/\s+/g, ".")}@example.com`;
  return {
    GIT_AUTHOR_NAME: author,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: author,
    GIT_COMMITTER_EMAIL: email,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
  };
}

export function runGit(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = gitEnv(1),
): string {
  return execFileSync("git", args, { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
}

/** Writes (or, with undefined, deletes) files relative to `dir`, creating folders. */
export function writeFiles(dir: string, files: Record<string, string | undefined>): void {
  for (const [path, text] of Object.entries(files)) {
    const absolute = join(dir, path);
    if (text === undefined) {
      rmSync(absolute, { force: true });
      continue;
    }
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  }
}

export function createRepo(files: Record<string, string> = {}): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-git-"));
  runGit(dir, ["init", "-q", "-b", "main"]);
  const repo: TempRepo = {
    dir,
    git: (...args) => runGit(dir, args).trim(),
    write: (changes) => writeFiles(dir, changes),
    commit(message, options = {}) {
      const day = options.date ?? options.day ?? ++clock;
      runGit(dir, ["add", "-A"], gitEnv(day, options.author));
      runGit(dir, ["commit", "-q", "--allow-empty", "-m", message], gitEnv(day, options.author));
      return runGit(dir, ["rev-parse", "HEAD"]).trim();
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  repo.write(files);
  return repo;
}

/** A small valid road map under `prefix` ("" for the repository's top). */
export function smallRoadmap(prefix = "roadmap/"): Record<string, string> {
  return {
    [`${prefix}mission.yaml`]: "name: Acme\nmission: Help teams ship\n",
    [`${prefix}themes/growth.yaml`]: "title: Grow the customer base\n",
    [`${prefix}milestones/2026-q1.yaml`]: "title: Q1 2026\nstart: 2026-01-01\nend: 2026-03-31\n",
    [`${prefix}milestones/2026-q2.yaml`]: "title: Q2 2026\nstart: 2026-04-01\nend: 2026-06-30\n",
    [`${prefix}epics/growth/auth.yaml`]: [
      "title: Authentication",
      "theme: growth",
      "milestone: 2026-q1",
      "status: planned",
      "stories:",
      "  - id: login",
      "    title: As a user, I want to log in so that my work is saved",
      "    points: 3",
      "",
    ].join("\n"),
    [`${prefix}epics/growth/billing.yaml`]: "title: Billing\ntheme: growth\nmilestone: 2026-q2\n",
  };
}
