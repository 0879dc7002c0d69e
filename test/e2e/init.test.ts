// `roadmap init`: writes a valid road map, never overwrites, creates missing folders.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import jsYaml from "js-yaml";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { runCli } from "../run-cli.js";

// As an editor applies the schema a modeline names (draft 2020-12, formats as plain strings).
const ajv = new Ajv2020({ strict: true, strictTuples: false, allowUnionTypes: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
function compileSchema(kind: string): ValidateFunction {
  const schema = JSON.parse(
    readFileSync(new URL(`../../schemas/${kind}.schema.json`, import.meta.url), "utf8"),
  );
  return ajv.getSchema(schema.$id) ?? ajv.compile(schema);
}

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "roadmap-init-"));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** Every file below `root`, relative, sorted. */
function listFiles(root: string, prefix = ""): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? listFiles(root, path) : [path];
    })
    .sort();
}

/** How many files of each kind a road-map folder holds. */
function countFiles(dir: string): { themes: number; milestones: number; epics: number } {
  const files = listFiles(dir);
  const count = (folder: string): number => files.filter((file) => file.startsWith(`${folder}/`)).length;
  return { themes: count("themes"), milestones: count("milestones"), epics: count("epics") };
}

describe("roadmap init", () => {
  test("writes a skeleton into an empty folder that validates with no problem", () => {
    const result = runCli(["init", "--today", "2026-11-25"], { cwd: scratch });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(listFiles(scratch)).toEqual([
      ...["config", "epic", "idea", "milestone", "mission", "team", "theme"].map(
        (kind) => `.schemas/${kind}.schema.json`,
      ),
      ".vscode/settings.json",
      "epics/first-epic.yaml",
      "ideas/first-idea.yaml",
      "milestones/first-milestone.yaml",
      "mission.yaml",
      "themes/first-theme.yaml",
    ]);
    expect(result.stdout).toContain("  mission.yaml\n");
    expect(result.stdout).toContain("  .schemas/: the JSON Schemas editors read\n");
    expect(result.stdout).toContain("Next: roadmap validate\n");
    const validate = runCli(["validate"], { cwd: scratch });
    expect(validate.stdout).toBe("no problems found\n");
    expect(validate.code).toBe(0);
  });

  test("writes a skeleton that passes every lint rule", () => {
    runCli(["init", "--today", "2026-11-25"], { cwd: scratch });
    const lint = runCli(["lint", "--today", "2026-11-25"], { cwd: scratch });
    expect(lint.stdout).toBe("no problems found\n");
    expect(lint.code).toBe(0);
  });

  test("writes files that roadmap fmt leaves as they are", () => {
    runCli(["init", "skeleton"], { cwd: scratch });
    runCli(["init", "--example", "example"], { cwd: scratch });
    for (const dir of ["skeleton", "example"]) {
      const result = runCli(["fmt", "--check", "-C", dir], { cwd: scratch });
      expect(result.code, `${dir}: ${result.stdout}`).toBe(0);
    }
  });

  test("starts the first milestone today and makes it 12 weeks long", () => {
    runCli(["init", "."], { cwd: scratch, env: { ROADMAP_TODAY: "2027-02-10" } });
    const milestone = readFileSync(join(scratch, "milestones/first-milestone.yaml"), "utf8");
    expect(milestone).toMatch(/^start: 2027-02-10$/m);
    expect(milestone).toMatch(/^end: 2027-05-04$/m);
  });

  test("begins every file with a modeline naming its kind's schema (in .schemas/, which accepts the file)", () => {
    runCli(["init", "--example", "ex"], { cwd: scratch });
    runCli(["init", "skeleton"], { cwd: scratch });
    const files = listFiles(scratch).filter((file) => file.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const kind = file.includes("mission.yaml")
        ? "mission"
        : /\/themes\//.test(`/${file}`)
          ? "theme"
          : /\/milestones\//.test(`/${file}`)
            ? "milestone"
            : /\/ideas\//.test(`/${file}`)
              ? "idea"
              : "epic";
      const text = readFileSync(join(scratch, file), "utf8");
      const validate = compileSchema(kind);
      expect(
        validate(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA })),
        `${file}: ${JSON.stringify(validate.errors)}`,
      ).toBe(true);
      const firstLine = text.split("\n")[0];
      const depth = file.split("/").length - 2;
      expect(firstLine, file).toBe(
        `# yaml-language-server: $schema=${depth === 0 ? "./" : "../".repeat(depth)}.schemas/${kind}.schema.json`,
      );
    }
  });

  test("creates a nested folder that does not exist yet", () => {
    const result = runCli(["init", "a/b/roadmap"], { cwd: scratch });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Next: roadmap validate -C a/b/roadmap\n");
    expect(existsSync(join(scratch, "a/b/roadmap/mission.yaml"))).toBe(true);
    expect(runCli(["validate", "-C", "a/b/roadmap"], { cwd: scratch }).code).toBe(0);
  });

  test.each([
    ["a path with a space", "my road map", "Next: roadmap validate -C 'my road map'\n"],
    ["an absolute path", "ABS/abs", "Next: roadmap validate -C ABS/abs\n"],
  ])("names %s as typed, ready to paste into a shell", (_name, typed, next) => {
    const dir = typed.replace("ABS", scratch);
    const result = runCli(["init", dir], { cwd: scratch });
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith(next.replace("ABS", scratch))).toBe(true);
    expect(runCli(["validate", "-C", dir], { cwd: scratch }).code).toBe(0);
  });

  test("writes into the folder named by -C when no dir is given, but not into $ROADMAP_DIR", () => {
    expect(runCli(["-C", "plans", "init"], { cwd: scratch }).code).toBe(0);
    expect(existsSync(join(scratch, "plans/mission.yaml"))).toBe(true);
    mkdirSync(join(scratch, "here"));
    const result = runCli(["init"], {
      cwd: join(scratch, "here"),
      env: { ROADMAP_DIR: join(scratch, "plans") },
    });
    expect(result.code).toBe(0);
    expect(existsSync(join(scratch, "here/mission.yaml"))).toBe(true);
  });

  test("refuses to overwrite: exit 2, names the file, writes nothing, leaves it unchanged", () => {
    mkdirSync(join(scratch, "themes"));
    writeFileSync(join(scratch, "themes/first-theme.yaml"), "title: mine\n");
    const result = runCli(["init", "."], { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("roadmap: init would overwrite themes/first-theme.yaml; nothing written\n");
    expect(readFileSync(join(scratch, "themes/first-theme.yaml"), "utf8")).toBe("title: mine\n");
    expect(listFiles(scratch)).toEqual(["themes/first-theme.yaml"]);
  });

  test("treats mission.yml as the mission.yaml it would write", () => {
    writeFileSync(join(scratch, "mission.yml"), "name: x\nmission: y\n");
    const result = runCli(["init", "--example", "."], { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("would overwrite mission.yml;");
    expect(listFiles(scratch)).toEqual(["mission.yml"]);
  });

  test("refuses a second run into the same folder without touching what the first wrote", () => {
    expect(runCli(["init", "rm"], { cwd: scratch }).code).toBe(0);
    const before = readFileSync(join(scratch, "rm/mission.yaml"), "utf8");
    const second = runCli(["init", "--example", "rm"], { cwd: scratch });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("rm/mission.yaml");
    expect(readFileSync(join(scratch, "rm/mission.yaml"), "utf8")).toBe(before);
    expect(existsSync(join(scratch, "rm/epics/enterprise"))).toBe(false);
  });

  test("a write that fails midway leaves nothing behind: no file, no folder (exit 2)", () => {
    // A file named `epics` where the folder should be: themes/ and milestones/ are made first,
    // epics/ cannot be, and the two made are removed again.
    writeFileSync(join(scratch, "epics"), "not a folder\n");
    const result = runCli(["init", "."], { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "roadmap: init could not write its files: epics exists and is not a folder; nothing written\n",
    );
    expect(readdirSync(scratch)).toEqual(["epics"]);
  });

  test("never replaces a dangling mission.yaml link (issue 13, item 9)", () => {
    symlinkSync("elsewhere.yaml", join(scratch, "mission.yaml"));
    const result = runCli(["init", "."], { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("roadmap: init would overwrite mission.yaml; nothing written\n");
    expect(readlinkSync(join(scratch, "mission.yaml"))).toBe("elsewhere.yaml");
    expect(readdirSync(scratch)).toEqual(["mission.yaml"]);
  });

  test("fails at once where no folder can be made (/proc/x)", () => {
    const result = runCli(["init", "/proc/roadmap-x"], { cwd: scratch, timeout: 10_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "roadmap: init could not write its files: ENOENT: no such file or directory, mkdir '/proc/roadmap-x'; nothing written\n",
    );
  });

  test("refuses a target that is a file", () => {
    writeFileSync(join(scratch, "plain"), "");
    const result = runCli(["init", "plain"], { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("roadmap: plain exists and is not a folder\n");
  });

  test("leaves no temporary files behind", () => {
    runCli(["init", "--example", "ex"], { cwd: scratch });
    expect(listFiles(join(scratch, "ex")).filter((file) => file.endsWith(".tmp"))).toEqual([]);
  });
});

describe("roadmap init --example", () => {
  test("writes the bundled example: a complete road map that validates with no problem", () => {
    const result = runCli(["init", "--example", "acme"], { cwd: scratch });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const validate = runCli(["validate", "-C", "acme"], { cwd: scratch });
    expect(validate.stdout).toBe("no problems found\n");
    expect(validate.code).toBe(0);
  });

  test("has the content of examples/acme, file for file, apart from the modeline", () => {
    runCli(["init", "--example", "acme"], { cwd: scratch });
    const example = new URL("../../examples/acme/", import.meta.url).pathname;
    const written = join(scratch, "acme");
    const roadmapFiles = (dir: string) =>
      listFiles(dir).filter((file) => !/^\.(schemas|vscode)\//.test(file));
    expect(roadmapFiles(written)).toEqual(listFiles(example));
    const withoutModeline = (text: string): string => text.slice(text.indexOf("\n") + 1);
    for (const file of listFiles(example)) {
      expect(withoutModeline(readFileSync(join(written, file), "utf8")), file).toBe(
        withoutModeline(readFileSync(join(example, file), "utf8")),
      );
    }
  });

  test("has at least 3 themes, 3 milestones and 6 epics", () => {
    runCli(["init", "--example", "acme"], { cwd: scratch });
    const counts = countFiles(join(scratch, "acme"));
    expect(counts.themes).toBeGreaterThanOrEqual(3);
    expect(counts.milestones).toBeGreaterThanOrEqual(3);
    expect(counts.epics).toBeGreaterThanOrEqual(6);
  });
});
