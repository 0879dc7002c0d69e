// SPEC 3, finding the road map: -C/--dir, then ROADMAP_DIR, then the current folder if it holds
// mission.yaml, then ./roadmap; none -> exit 2 naming `roadmap init`. Plus exit codes (SPEC 4).
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

// Each fixture gives a recognisable first line, so the output tells which folder was read.
const CLEAN = "no problems found";
const DATE_ORDER =
  "epics/sso.yaml:4:6  error  epic ends (2026-01-31) before it starts (2026-02-01)  date-order";
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
      DATE_ORDER,
    ],
    ["--dir is the long form, relative to the current folder", ["--dir", "../named"], {}, "here", DATE_ORDER],
    [
      "ROADMAP_DIR wins over the current folder",
      [],
      { ROADMAP_DIR: join(root, "named") },
      "here",
      DATE_ORDER,
    ],
    ["ROADMAP_DIR relative to the current folder", [], { ROADMAP_DIR: "roadmap" }, "here", DATE_ORDER],
    ["an empty ROADMAP_DIR is ignored", [], { ROADMAP_DIR: "" }, "here", CLEAN],
    ["the current folder wins over ./roadmap", [], {}, "here", CLEAN],
    ["./roadmap when the current folder has no mission.yaml", [], {}, "empty", DATE_ORDER],
  ])("%s", (_name, args, env, cwd, first) => {
    const result = runCli(["validate", ...args], { cwd: join(root, cwd), env });
    expect(firstLine(result.stdout)).toBe(first);
    expect(result.stderr).toBe("");
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
      "mission.yaml:0:0  error  the road map has no mission.yaml (run `roadmap init` to create one)  missing-mission\n1 error, 0 warnings\n",
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
