// docs/cli.md, finding the road map: -C/--dir, then ROADMAP_DIR, then the current folder if it holds
// mission.yaml, then ./roadmap; none -> exit 2 naming `roadmap init`. Plus exit codes (README.md).
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "roadmap-find-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Copies fixture folders into a fresh temp tree: { "sub/path": "validate/clean" }. */
function layout(name: string, folders: Record<string, string>): string {
  const root = join(temp, name);
  mkdirSync(root, { recursive: true });
  for (const [target, source] of Object.entries(folders)) {
    cpSync(fixture(source), join(root, target), { recursive: true });
  }
  return root;
}

// Each fixture gives a recognisable first line, and its path (relative to the current folder,
// README.md) tells which folder was read.
const CLEAN = "no problems found";
const dateOrder = (folder: string): string =>
  `${folder}epics/sso.yaml:4:6  error  epic ends (2026-01-31) before it starts (2026-02-01)  date-order`;
const firstLine = (stdout: string): string => stdout.split("\n")[0] ?? "";

describe("which folder is read", () => {
  const root = layout("order", {
    here: "validate/clean",
    "here/roadmap": "validate/date-order",
    "empty/roadmap": "validate/date-order",
    named: "validate/date-order",
    other: "validate/clean",
  });

  test.each([
    [
      "-C wins over ROADMAP_DIR and the current folder",
      ["-C", join(root, "named")],
      { ROADMAP_DIR: join(root, "other") },
      "here",
      dateOrder("../named/"),
    ],
    [
      "--dir is the long form, relative to the current folder",
      ["--dir", "../named"],
      {},
      "here",
      dateOrder("../named/"),
    ],
    [
      "ROADMAP_DIR wins over the current folder",
      [],
      { ROADMAP_DIR: join(root, "named") },
      "here",
      dateOrder("../named/"),
    ],
    [
      "ROADMAP_DIR relative to the current folder",
      [],
      { ROADMAP_DIR: "roadmap" },
      "here",
      dateOrder("roadmap/"),
    ],
    ["an empty ROADMAP_DIR is ignored", [], { ROADMAP_DIR: "" }, "here", CLEAN],
    ["the current folder wins over ./roadmap", [], {}, "here", CLEAN],
    ["./roadmap when the current folder has no mission.yaml", [], {}, "empty", dateOrder("roadmap/")],
  ])("%s", (_name, args, env, cwd, first) => {
    const result = runCli(["validate", ...args], { cwd: join(root, cwd), env });
    expect(firstLine(result.stdout)).toBe(first);
    expect(result.stderr).toBe("");
  });
});

describe("from a subfolder: each parent in turn, up to the git repository's root", () => {
  // outer/ holds a road map above the repository; the repository holds roadmap/ and a nested one.
  const outer = layout("walk", {
    roadmap: "validate/date-order",
    "repo/roadmap": "validate/date-order",
    "repo/nested": "validate/clean",
    "plain/roadmap": "validate/date-order",
  });
  const repo = join(outer, "repo");
  mkdirSync(join(repo, ".git"));
  for (const folder of [
    "repo/docs/guides",
    "repo/roadmap/epics/growth",
    "repo/nested/roadmap/x",
    "plain/a/b/c",
  ]) {
    mkdirSync(join(outer, folder), { recursive: true });
  }
  const bare = join(outer, "bare");
  mkdirSync(join(bare, ".git"), { recursive: true });
  mkdirSync(join(bare, "src"), { recursive: true });

  test.each([
    ["inside the road map", "repo/roadmap/epics/growth", dateOrder("../../")],
    ["in another folder of the repository: its ./roadmap", "repo/docs/guides", dateOrder("../../roadmap/")],
    ["the nearest road map wins", "repo/nested/roadmap/x", CLEAN],
    ["outside git, up to the file-system root", "plain/a/b/c", dateOrder("../../../roadmap/")],
  ])("%s", (_name, cwd, first) => {
    const result = runCli(["validate"], { cwd: join(outer, cwd) });
    expect(firstLine(result.stdout)).toBe(first);
    expect(result.stderr).toBe("");
  });

  test("the walk stops at the repository's root: a road map above it is not used", () => {
    const result = runCli(["validate"], { cwd: join(bare, "src") });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `roadmap: no road map found: no mission.yaml here or in ./roadmap, nor in any folder above up to the git repository's root (${bare}) (use -C <dir>, set ROADMAP_DIR, or run \`roadmap init\`)\n`,
    );
  });

  test("every command finds it the same way (show, rollup)", () => {
    const cwd = join(repo, "docs", "guides");
    expect(runCli(["rollup", "--json"], { cwd }).stdout).toBe(
      runCli(["rollup", "--json", "-C", join(repo, "roadmap")]).stdout,
    );
    expect(runCli(["show", "--json"], { cwd }).stdout).toContain('"id": "sso"');
  });
});

describe("nothing found, or a named folder that is not there", () => {
  const root = layout("missing", { "no-mission": "validate/missing-mission" });
  writeFileSync(join(root, "a-file"), "not a folder");

  test("no mission.yaml here or in ./roadmap: exit 2, naming roadmap init", () => {
    const result = runCli(["validate"], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^roadmap: no road map found: .*`roadmap init`/);
  });

  test.each([
    ["-C", ["-C", "no-mission"], {}],
    ["ROADMAP_DIR", [], { ROADMAP_DIR: "no-mission" }],
  ])("a folder named by %s without mission.yaml is read and reported (exit 1)", (_via, args, env) => {
    const result = runCli(["validate", ...args], { cwd: root, env });
    expect(result.stdout).toBe(
      "no-mission/mission.yaml:0:0  error  the road map has no mission.yaml (run `roadmap init` to create one)  missing-mission\n1 error: 1 missing-mission\n",
    );
    expect(result.code).toBe(1);
  });

  test.each([
    ["-C", ["-C", "gone"], {}, "road-map folder gone does not exist (from --dir)"],
    ["ROADMAP_DIR", [], { ROADMAP_DIR: "gone" }, "road-map folder gone does not exist (from ROADMAP_DIR)"],
    ["-C naming a file", ["-C", "a-file"], {}, "a-file is not a folder (from --dir)"],
  ])("a folder named by %s that does not exist: exit 2", (_via, args, env, message) => {
    const result = runCli(["validate", ...args], { cwd: root, env });
    expect(result.stderr).toBe(`roadmap: ${message}\n`);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(2);
  });
});

describe("exit codes and errors (SPEC 4)", () => {
  const clean = fixture("validate/clean");

  test.each([
    ["0 for a clean road map", ["validate", "-C", clean], 0],
    ["0 when there are only warnings", ["validate", "-C", fixture("validate/stray-file")], 0],
    ["1 when there is an error", ["validate", "-C", fixture("validate/date-order")], 1],
  ])("%s", (_name, args, code) => {
    expect(runCli(args).code).toBe(code);
  });

  test.each([
    ["an unknown flag", ["validate", "--bogus", "-C", clean], /unknown option '--bogus'/],
    [
      "an unknown format",
      ["validate", "--format", "xml", "-C", clean],
      /unknown format "xml"; use one of: text, json, github, sarif/,
    ],
    [
      "--json with another format",
      ["validate", "--json", "--format", "sarif", "-C", clean],
      /--json conflicts with --format sarif/,
    ],
    ["an unknown command", ["valdate"], /unknown command 'valdate'/],
  ])("%s: exit 2, a message, no stack trace", (_name, args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test("--debug adds the stack trace to a user error", () => {
    const result = runCli(["validate", "--debug", "-C", join(temp, "gone")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap: road-map folder .* does not exist/);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});
