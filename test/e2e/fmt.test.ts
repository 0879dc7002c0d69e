// `roadmap fmt` on copies of fixture folders (it writes): canonical layout with comments kept,
// --check, atomic writes that keep the mode, files that do not parse left byte for byte, and the
// model unchanged (the JSON export before and after is identical).
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CORPUS, fixture, runCli } from "../run-cli.js";

const MESSY_CHANGED = [
  "epics/growth/sso.yaml",
  "milestones/2027-q1.yaml",
  "mission.yaml",
  "roadmap.config.yaml",
  "themes/growth.yaml",
];

/** A copy to format; the corpus is read-only, the copy is made writable as a checkout would be. */
function copyOf(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-fmt-"));
  cpSync(source, join(dir, "roadmap"), { recursive: true });
  makeWritable(join(dir, "roadmap"));
  return join(dir, "roadmap");
}

function makeWritable(path: string): void {
  const stats = statSync(path);
  chmodSync(path, stats.mode | 0o200);
  if (stats.isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}

function snapshotFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(dir, path), "latin1"));
    }
  };
  walk("");
  return files;
}

const exportJson = (dir: string): string => runCli(["export", "--format", "json", "-C", dir]).stdout;

describe("fmt on a messy road map", () => {
  test("--check lists the files that would change, exits 1 and writes nothing", () => {
    const dir = copyOf(fixture("fmt/messy"));
    const before = snapshotFiles(dir);
    const result = runCli(["fmt", "--check", "-C", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${MESSY_CHANGED.join("\n")}\n`);
    expect(result.stderr).toBe("5 files of 6 would be reformatted (run roadmap fmt)\n");
    expect(snapshotFiles(dir)).toEqual(before);
  });

  test("formats, keeps comments, then --check passes and the model is unchanged", async () => {
    const dir = copyOf(fixture("fmt/messy"));
    const model = exportJson(dir);
    expect(model).toContain('"Single sign-on: SAML"');
    const result = runCli(["fmt", "-C", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${MESSY_CHANGED.join("\n")}\n`);
    expect(result.stderr).toBe("formatted 5 files of 6\n");
    for (const file of MESSY_CHANGED) {
      await expect(readFileSync(join(dir, file), "utf8")).toMatchFileSnapshot(
        `__snapshots__/fmt/${file.replaceAll("/", "__")}`,
      );
    }
    const again = runCli(["fmt", "--check", "-C", dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe("");
    expect(exportJson(dir)).toBe(model);
  });

  test("comments stay with their keys", () => {
    const dir = copyOf(fixture("fmt/messy"));
    runCli(["fmt", "-C", dir]);
    const epic = readFileSync(join(dir, "epics/growth/sso.yaml"), "utf8");
    expect(epic.startsWith("# Source: discovery notes, 2026-10\n\ntitle:")).toBe(true);
    expect(epic).toContain("milestone: 2027-q1 # moved from 2026-q4\n");
    expect(epic).toContain("# notes: ask legal about audit retention\nowner: maya\n");
    expect(epic).toContain("stories:\n  # The first slice\n  - id: okta\n");
    expect(readFileSync(join(dir, "mission.yaml"), "utf8")).toContain(
      "# Who signs off on changes\nowner: Dana\n",
    );
  });

  test("keeps each file's mode, writes through links and leaves no temporary file", () => {
    const dir = copyOf(fixture("fmt/messy"));
    chmodSync(join(dir, "themes/growth.yaml"), 0o600);
    chmodSync(join(dir, "mission.yaml"), 0o664);
    symlinkSync("growth/sso.yaml", join(dir, "epics/sso-link.yaml"));
    const names = [...snapshotFiles(dir).keys()].sort();
    const result = runCli(["fmt", "-C", dir, "epics/sso-link.yaml", "themes", "mission.yaml"], { cwd: dir });
    expect(result.code).toBe(0);
    // A link named on the command line is formatted as the file it points to.
    expect(result.stdout).toBe("epics/growth/sso.yaml\nmission.yaml\nthemes/growth.yaml\n");
    expect(statSync(join(dir, "themes/growth.yaml")).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, "mission.yaml")).mode & 0o777).toBe(0o664);
    expect(realpathSync(join(dir, "epics/sso-link.yaml"))).toBe(
      realpathSync(join(dir, "epics/growth/sso.yaml")),
    );
    expect(readFileSync(join(dir, "epics/growth/sso.yaml"), "utf8")).toContain(
      'title: "Single sign-on: SAML"\ntheme: growth\n',
    );
    expect([...snapshotFiles(dir).keys()].sort()).toEqual(names);
  });

  test("a file reached through a link inside the folder is formatted once", () => {
    const dir = copyOf(fixture("fmt/messy"));
    symlinkSync("growth/sso.yaml", join(dir, "epics/sso-link.yaml"));
    const result = runCli(["fmt", "-C", dir]);
    expect(result.stdout.split("\n").filter((line) => line.includes("sso"))).toEqual([
      "epics/growth/sso.yaml",
    ]);
  });

  test("formats only the files and folders named", () => {
    const dir = copyOf(fixture("fmt/messy"));
    const result = runCli(["fmt", "--check", "themes/growth.yaml", "epics"], { cwd: dir });
    expect(result.stdout).toBe("epics/growth/sso.yaml\nthemes/growth.yaml\n");
    expect(result.code).toBe(1);
  });

  test.each([
    [["nowhere.yaml"], "nowhere.yaml does not exist"],
    [["../outside.yaml"], "is outside the road-map folder"],
    [["README.md"], "README.md is not a road-map file"],
  ])("refuses %j with exit 2", (args, message) => {
    const dir = copyOf(fixture("fmt/messy"));
    cpSync(join(dir, "mission.yaml"), join(dir, "..", "outside.yaml"));
    cpSync(join(dir, "mission.yaml"), join(dir, "README.md"));
    const result = runCli(["fmt", ...args], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });
});

describe("fmt on files that do not parse", () => {
  test("reports them with file:line:column, leaves them byte for byte, formats the rest, exits 1", () => {
    // alias.yaml parses, but putting title first would move the alias *d above its anchor &d.
    const dir = copyOf(fixture("fmt/broken"));
    const conflict = readFileSync(join(dir, "epics/conflict.yaml"));
    const duplicate = readFileSync(join(dir, "epics/duplicate.yaml"));
    const alias = readFileSync(join(dir, "epics/alias.yaml"));
    const result = runCli(["fmt"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("themes/core.yaml\n");
    expect(result.stderr).toMatch(/^epics\/conflict\.yaml:3:1 {2}error {2}.+ {2}yaml-syntax$/m);
    expect(result.stderr).toMatch(/^epics\/duplicate\.yaml:3:1 {2}error {2}.+ {2}duplicate-key$/m);
    expect(result.stderr).toMatch(
      /^epics\/alias\.yaml:1:1 {2}error {2}formatting would change what this file means: reordering the keys would move an alias above its anchor .+ {2}fmt-unsafe$/m,
    );
    expect(result.stderr).toContain("these files are left untouched");
    expect(readFileSync(join(dir, "epics/conflict.yaml")).equals(conflict)).toBe(true);
    expect(readFileSync(join(dir, "epics/duplicate.yaml")).equals(duplicate)).toBe(true);
    expect(readFileSync(join(dir, "epics/alias.yaml")).equals(alias)).toBe(true);
    expect(readFileSync(join(dir, "themes/core.yaml"), "utf8")).toBe("title: Core\ndescription: The core.\n");
  });
});

test("the example road map is already canonical", () => {
  const result = runCli(["fmt", "--check", "-C", fixture("../../examples/acme")]);
  expect(result.stdout).toBe("");
  expect(result.code).toBe(0);
});

test("on the Kubernetes corpus: fmt, then --check passes and the exported model is identical", () => {
  const dir = copyOf(`${CORPUS}kubernetes`);
  const model = exportJson(dir);
  const first = runCli(["fmt", "-C", dir]);
  expect(first.code).toBe(0);
  expect(first.stdout.split("\n").length).toBeGreaterThan(100);
  expect(runCli(["fmt", "--check", "-C", dir]).code).toBe(0);
  expect(runCli(["validate", "-C", dir]).stdout).toBe("no problems found\n");
  expect(exportJson(dir)).toBe(model);
});
