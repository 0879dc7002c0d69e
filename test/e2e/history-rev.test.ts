// `--rev`: read commands read the road map as it was at a revision, straight from git objects
// (the working tree and the index are never touched), including folders that exist only there.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRepo, smallRoadmap, type TempRepo, writeFiles } from "../git-repo.js";
import { runCli } from "../run-cli.js";

let repo: TempRepo;

beforeAll(() => {
  repo = createRepo({ "README.md": "# Acme\n", ...smallRoadmap("plans/roadmap/") });
  repo.commit("Road map in plans/roadmap", { day: 1 });
  repo.write({ "plans/roadmap/epics/growth/auth.yaml": "title: Authentication\ntheme: growht\n" });
  repo.commit("Typo in a theme reference", { day: 2 });
  repo.git("mv", "plans/roadmap", "roadmap");
  repo.commit("Move the road map to the top", { day: 3 });
  repo.git("rm", "-q", "-r", "roadmap");
  repo.commit("Remove the road map", { day: 4 });
});

afterAll(() => repo.remove());

describe("--rev", () => {
  test("reads the road map at a revision, not the working tree", () => {
    const dir = ["-C", "plans/roadmap"];
    const good = runCli(["validate", ...dir, "--rev", "HEAD~3"], { cwd: repo.dir });
    expect(good.stdout).toBe("no problems found\n");
    expect(good.code).toBe(0);
    const bad = runCli(["validate", ...dir, "--rev", "HEAD~2", "--json"], { cwd: repo.dir });
    expect(bad.code).toBe(1);
    const diagnostics = JSON.parse(bad.stdout).diagnostics as { file: string; rule: string; line: number }[];
    expect(diagnostics.map((d) => [d.file, d.rule, d.line])).toEqual([
      ["epics/growth/auth.yaml", "unknown-reference", 2],
    ]);
  });

  test("finds ./roadmap at the revision when the working tree no longer has it", () => {
    const result = runCli(["validate", "--rev", "HEAD~1"], { cwd: repo.dir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("roadmap/epics/growth/auth.yaml:2:8");
  });

  test("from a subfolder, walks up the revision's folders too (SPEC 3)", () => {
    const cwd = join(repo.dir, "docs", "notes");
    mkdirSync(cwd, { recursive: true });
    const result = runCli(["validate", "--rev", "HEAD~1"], { cwd });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("../../roadmap/epics/growth/auth.yaml:2:8");
  });

  test("a folder named with -C may be absent now but present at the revision, from any folder of the repo", () => {
    mkdirSync(join(repo.dir, "plans"), { recursive: true });
    const result = runCli(["validate", "-C", "../plans/roadmap", "--rev", "HEAD~3"], {
      cwd: join(repo.dir, "plans"),
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  test("never touches the working tree or the index", () => {
    const status = repo.git("status", "--porcelain", "--untracked-files=all");
    const index = readFileSync(join(repo.dir, ".git", "index"));
    runCli(["validate", "-C", "plans/roadmap", "--rev", "HEAD~3"], { cwd: repo.dir });
    expect(repo.git("status", "--porcelain", "--untracked-files=all")).toBe(status);
    expect(readFileSync(join(repo.dir, ".git", "index")).equals(index)).toBe(true);
  });

  test("a symbolic link in the folder is not followed at a revision: unsafe-path", () => {
    const scratch = createRepo(smallRoadmap(""));
    try {
      symlinkSync("growth.yaml", join(scratch.dir, "themes", "alias.yaml"));
      scratch.commit("Link a theme", { day: 1 });
      const result = runCli(["validate", "--rev", "HEAD", "--json"], { cwd: scratch.dir });
      expect(result.code).toBe(1);
      const diagnostics = JSON.parse(result.stdout).diagnostics as { file: string; rule: string }[];
      expect(diagnostics.map((d) => [d.file, d.rule])).toEqual([["themes/alias.yaml", "unsafe-path"]]);
    } finally {
      scratch.remove();
    }
  });

  test("unknown revision, a folder absent at the revision, no road map at all: exit 2, one line", () => {
    const cases: [string[], string][] = [
      [["validate", "-C", "roadmap", "--rev", "nope"], 'roadmap: unknown revision "nope"'],
      [
        ["validate", "-C", "roadmap", "--rev", "HEAD~3"],
        "roadmap: the road-map folder roadmap does not exist at HEAD~3",
      ],
      [["validate", "--rev", "HEAD"], "roadmap: no road map found"],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args, { cwd: repo.dir });
      expect(result.code).toBe(2);
      expect(result.stderr.startsWith(message)).toBe(true);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  test("outside a git repository --rev is exit 2, while validate without it still works", () => {
    const outside = mkdtempSync(join(tmpdir(), "roadmap-nogit-"));
    try {
      writeFiles(outside, smallRoadmap(""));
      const plain = runCli(["validate"], { cwd: outside });
      expect(plain.code).toBe(0);
      const withRev = runCli(["validate", "--rev", "HEAD"], { cwd: outside });
      expect(withRev.code).toBe(2);
      expect(withRev.stderr).toMatch(
        /^roadmap: not a git repository \(.*\): log, diff, review and --rev read/,
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
