// The four diagnostic formats of `validate` (README.md): text, json, github (paths from the git
// root, so annotations land on the pull request) and SARIF 2.1.0.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { validationRules } from "../../src/diagnostics/rule-docs.js";
import { fixture, runCli } from "../run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "roadmap-formats-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A git repository holding the fixture at `plan/roadmap` (a road map in a subfolder). */
function gitRepoWith(source: string): string {
  const repo = join(temp, source.replaceAll("/", "-"));
  mkdirSync(join(repo, "plan"), { recursive: true });
  cpSync(fixture(source), join(repo, "plan", "roadmap"), { recursive: true });
  execFileSync("git", ["init", "-q"], { cwd: repo });
  return repo;
}

const DATE_ORDER = [
  {
    file: "epics/sso.yaml",
    line: 4,
    column: 6,
    severity: "error",
    rule: "date-order",
    message: "epic ends (2026-01-31) before it starts (2026-02-01)",
  },
  {
    file: "milestones/2026-q2.yaml",
    line: 3,
    column: 6,
    severity: "error",
    rule: "date-order",
    message: "milestone ends (2026-04-06) before it starts (2026-06-26)",
  },
];

describe("text paths", () => {
  test("paths are relative to the current folder, so terminals and editors open them (SPEC 4)", () => {
    const repo = gitRepoWith("validate/date-order");
    mkdirSync(join(repo, "docs"), { recursive: true });
    for (const [cwd, args, folder] of [
      [repo, ["-C", "plan/roadmap"], "plan/roadmap/"],
      [join(repo, "plan", "roadmap"), [], ""],
      [join(repo, "plan", "roadmap", "epics"), [], "../"],
      [join(repo, "docs"), ["-C", "../plan/roadmap"], "../plan/roadmap/"],
    ] as const) {
      const result = runCli(["validate", ...args], { cwd });
      expect(result.stdout).toBe(
        [
          `${folder}epics/sso.yaml:4:6  error  epic ends (2026-01-31) before it starts (2026-02-01)  date-order`,
          `${folder}milestones/2026-q2.yaml:3:6  error  milestone ends (2026-04-06) before it starts (2026-06-26)  date-order`,
          "2 errors: 2 date-order",
          "",
        ].join("\n"),
      );
      // JSON keeps `file` relative to the road-map folder, wherever it runs from.
      expect(JSON.parse(runCli(["validate", "--json", ...args], { cwd }).stdout).diagnostics).toEqual(
        DATE_ORDER,
      );
    }
  });

  test("lint and fmt print their paths the same way", () => {
    const repo = gitRepoWith("validate/date-order");
    const cwd = join(repo, "plan");
    expect(runCli(["lint", "-C", "roadmap"], { cwd }).stdout).toMatch(
      /^roadmap\/epics\/sso\.yaml:4:6 {2}error/,
    );
    cpSync(fixture("validate/yaml-syntax"), join(repo, "broken"), { recursive: true });
    const fmt = runCli(["fmt", "--check", "-C", "../broken"], { cwd });
    expect(fmt.stderr).toMatch(/^\.\.\/broken\/epics\/[a-z-]+\.yaml:\d+:\d+ {2}error/m);
  });
});

describe("json", () => {
  test.each([["--json"], ["--format", "json"]])("%s: diagnostics, errors and warnings", (...flag) => {
    const result = runCli(["validate", ...flag, "-C", fixture("validate/date-order")]);
    expect(JSON.parse(result.stdout)).toEqual({ diagnostics: DATE_ORDER, errors: 2, warnings: 0 });
    expect(result.code).toBe(1);
  });

  test("warnings are counted apart and keep exit 0; a whole-file problem is at 0:0", () => {
    const result = runCli(["validate", "--json", "-C", fixture("validate/stray-file")]);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ errors: 0, warnings: 1 });
    expect(json.diagnostics[0]).toMatchObject({ file: "sso.yaml", line: 0, column: 0, severity: "warn" });
    expect(result.code).toBe(0);
  });

  test("a clean road map gives an empty list", () => {
    const result = runCli(["validate", "--json", "-C", fixture("validate/clean")]);
    expect(JSON.parse(result.stdout)).toEqual({ diagnostics: [], errors: 0, warnings: 0 });
  });
});

describe("github", () => {
  test("paths are relative to the git root, whatever the current folder", () => {
    const repo = gitRepoWith("validate/date-order");
    const expected = [
      "::error file=plan/roadmap/epics/sso.yaml,line=4,col=6,title=date-order::epic ends (2026-01-31) before it starts (2026-02-01)",
      "::error file=plan/roadmap/milestones/2026-q2.yaml,line=3,col=6,title=date-order::milestone ends (2026-04-06) before it starts (2026-06-26)",
      "",
    ].join("\n");
    for (const [cwd, dir] of [
      [repo, "plan/roadmap"],
      [join(repo, "plan"), "roadmap"],
      [join(repo, "plan", "roadmap", "epics"), ".."],
    ] as const) {
      const result = runCli(["validate", "--format", "github", "-C", dir], { cwd });
      expect(result.stdout).toBe(expected);
      expect(result.code).toBe(1);
    }
  });

  test("a warning is a ::warning; a whole-file problem has no line", () => {
    const repo = gitRepoWith("validate/stray-file");
    const result = runCli(["validate", "--format", "github", "-C", "plan/roadmap"], { cwd: repo });
    expect(result.stdout).toBe(
      "::warning file=plan/roadmap/sso.yaml,title=stray-file::sso.yaml is not part of the road map (mission.yaml, roadmap.config.yaml, themes/, milestones/, epics/, ideas/, teams/); misplaced?\n",
    );
    expect(result.code).toBe(0);
  });

  test("outside a git repository paths are relative to the road-map folder", () => {
    const dir = join(temp, "no-git");
    cpSync(fixture("validate/id-mismatch"), dir, { recursive: true });
    const result = runCli(["validate", "--format", "github", "-C", dir], {
      env: { GIT_CEILING_DIRECTORIES: temp },
    });
    expect(result.stdout).toBe(
      '::error file=epics/sso.yaml,line=1,col=5,title=id-mismatch::id "single-sign-on" does not match the file name "sso"\n',
    );
  });
});

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId: string };
      region?: { startLine: number; startColumn: number };
    };
  }[];
}

describe("sarif", () => {
  const result = runCli(["validate", "--format", "sarif", "-C", fixture("validate/duplicate-id")]);
  const sarif = JSON.parse(result.stdout);
  const run = sarif.runs[0];

  test("2.1.0 with one run by the roadmap tool", () => {
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(sarif.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe("roadmap");
    expect(result.code).toBe(1);
  });

  test("one rule per validation rule id, each with a description", () => {
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ids).toEqual(Object.keys(validationRules));
    expect(ids).toHaveLength(14);
    for (const rule of run.tool.driver.rules) expect(rule.shortDescription.text).not.toBe("");
  });

  test("one result per diagnostic, pointing at its rule, file and region", () => {
    const text = runCli(["validate", "--json", "-C", fixture("validate/duplicate-id")]).stdout;
    const diagnostics = JSON.parse(text).diagnostics;
    expect(run.results).toHaveLength(diagnostics.length);
    run.results.forEach((item: SarifResult, index: number) => {
      const diagnostic = diagnostics[index];
      expect(item.ruleId).toBe(diagnostic.rule);
      expect(run.tool.driver.rules[item.ruleIndex].id).toBe(diagnostic.rule);
      expect(item.level).toBe("error");
      expect(item.message.text).toBe(diagnostic.message);
      const location = item.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uri).toBe(diagnostic.file);
      expect(run.originalUriBaseIds[location.artifactLocation.uriBaseId].uri).toMatch(/^file:\/\/.*\/$/);
      if (diagnostic.line === 0) expect(location.region).toBeUndefined();
      else expect(location.region).toEqual({ startLine: diagnostic.line, startColumn: diagnostic.column });
    });
    expect(diagnostics.map((d: { line: number }) => d.line)).toEqual([6, 0]);
  });

  test("the base URI of a folder with a space is a valid file URI", () => {
    const spaced = join(temp, "road map");
    cpSync(fixture("validate/duplicate-id"), spaced, { recursive: true });
    const out = JSON.parse(runCli(["validate", "--format", "sarif", "-C", spaced]).stdout);
    const base: string = out.runs[0].originalUriBaseIds.ROADMAP_ROOT.uri;
    expect(base).toContain("/road%20map/");
    expect(new URL(base).protocol).toBe("file:");
  });
});

const ESC = `${String.fromCharCode(27)}[`;

describe("text", () => {
  test("no colour codes when not a terminal, even with FORCE_COLOR unset", () => {
    const result = runCli(["validate", "-C", fixture("validate/date-order")]);
    expect(result.stdout).not.toContain(ESC);
  });

  test("FORCE_COLOR colours the text format", () => {
    const result = runCli(["validate", "-C", fixture("validate/date-order")], {
      env: { NO_COLOR: undefined, FORCE_COLOR: "1" },
    });
    expect(result.stdout).toContain(ESC);
  });
});
