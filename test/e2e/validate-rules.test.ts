// One fixture per validation rule (README.md): the exact `file:line:column  severity  message  rule`
// lines, and a clean road map that uses every construct those rules look at, done right.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { summaryOf } from "../diagnostic-summary.js";
import { fixture, runCli } from "../run-cli.js";

/** Validates a fixture from inside it, so paths print as they are in the folder. */
const validate = (name: string) => runCli(["validate", "-C", "."], { cwd: fixture(`validate/${name}`) });

const expected: Record<string, { lines: string[]; code: number }> = {
  "yaml-syntax": {
    code: 1,
    lines: ['epics/sso.yaml:3:9  error  unclosed list: this "[" has no matching "]"  yaml-syntax'],
  },
  "duplicate-key": {
    code: 1,
    lines: [
      'epics/sso.yaml:7:5  error  key "points" appears twice in this mapping (first on line 6)  duplicate-key',
    ],
  },
  schema: {
    code: 1,
    lines: [
      'epics/sso.yaml:3:9  error  "status" must be one of proposed, planned, in-progress, done, dropped (found "started")  schema',
      'epics/sso.yaml:4:28  error  "score.impact" must be greater than 0 (found 0)  schema',
      'epics/sso.yaml:4:43  error  "score.confidence" must be at most 1 (found 1.5)  schema',
      'epics/sso.yaml:6:5  error  missing required key "title" in stories[0]  schema',
      'epics/sso.yaml:7:13  error  "stories[0].points" must be at least 0 (found -1)  schema',
      'epics/sso.yaml:9:3  error  missing required key "target" in outcome  schema',
      'epics/sso.yaml:10:9  error  "health" must be one of on-track, at-risk, off-track (found "great")  schema',
      'ideas/csv.yaml:3:1  error  "promoted_to" is only for promoted ideas (status is "triaged"): set status: promoted, or remove promoted_to  schema',
      'ideas/okta.yaml:2:9  error  missing required key "promoted_to": a promoted idea names the epic it became  schema',
      'milestones/2026-q2.yaml:3:6  error  "end" must be a calendar date written YYYY-MM-DD (found "2026-02-30")  schema',
      'milestones/2026-q2.yaml:4:11  error  "capacity" must be a number (found "lots")  schema',
    ],
  },
  "unknown-key": {
    code: 1,
    lines: [
      'epics/sso.yaml:3:1  error  unknown key "milestne" (did you mean "milestone"?)  unknown-key',
      'epics/sso.yaml:7:5  error  unknown key "acceptence" in stories[0] (did you mean "acceptance"?)  unknown-key',
    ],
  },
  "invalid-id": {
    code: 1,
    lines: [
      'epics/Single_Sign_On.yaml:0:0  error  "Single_Sign_On" is not a valid id: use lowercase letters, digits and dashes, starting with a letter or digit, at most 64 characters (rename the file)  invalid-id',
      'epics/exports.yaml:4:9  error  story id "CSV export" is not a valid id: use lowercase letters, digits and dashes, at most 64 characters  invalid-id',
    ],
  },
  "id-mismatch": {
    code: 1,
    lines: ['epics/sso.yaml:1:5  error  id "single-sign-on" does not match the file name "sso"  id-mismatch'],
  },
  "duplicate-id": {
    code: 1,
    lines: [
      'epics/exports.yaml:6:9  error  story id "csv" is used twice in this epic  duplicate-id',
      'epics/platform/sso.yml:0:0  error  duplicate epic id "sso": already defined in epics/growth/sso.yaml  duplicate-id',
    ],
  },
  "unknown-reference": {
    code: 1,
    lines: [
      // exports.yaml fails the schema; its references are still checked.
      'epics/exports.yaml:3:9  error  "status" must be one of proposed, planned, in-progress, done, dropped (found "bogus")  schema',
      'epics/exports.yaml:4:14  error  epic "csv" does not exist  unknown-reference',
      'epics/sso-v2.yaml:3:12  error  epic "ss0" does not exist (did you mean "sso"?)  unknown-reference',
      'epics/sso.yaml:2:8  error  theme "growht" does not exist (did you mean "growth"?)  unknown-reference',
      'epics/sso.yaml:3:12  error  milestone "2026-q3" does not exist (did you mean "2026-q1"?)  unknown-reference',
      'epics/sso.yaml:4:23  error  epic "audit-logs" does not exist (did you mean "audit-log"?)  unknown-reference',
      'ideas/magic-links.yaml:2:8  error  theme "growht" does not exist (did you mean "growth"?)  unknown-reference',
      'ideas/magic-links.yaml:4:14  error  epic "magic-link" does not exist  unknown-reference',
      'milestones/2026-q2.yaml:4:8  error  theme "platfrom" does not exist  unknown-reference',
    ],
  },
  "dependency-cycle": {
    code: 1,
    lines: [
      "epics/a.yaml:3:14  error  dependency cycle: a -> b -> c -> a  dependency-cycle",
      "epics/d.yaml:3:14  error  dependency cycle: d -> d  dependency-cycle",
      // `continues` too: each loop once, on its first epic; h only leads into one.
      "epics/e.yaml:3:12  error  continues cycle: e -> f -> e  dependency-cycle",
      "epics/g.yaml:3:12  error  continues cycle: g -> g  dependency-cycle",
    ],
  },
  "date-order": {
    code: 1,
    lines: [
      "epics/sso.yaml:4:6  error  epic ends (2026-01-31) before it starts (2026-02-01)  date-order",
      "milestones/2026-q2.yaml:3:6  error  milestone ends (2026-04-06) before it starts (2026-06-26)  date-order",
    ],
  },
  "missing-mission": {
    code: 1,
    lines: [
      "mission.yaml:0:0  error  the road map has no mission.yaml (run `roadmap init` to create one)  missing-mission",
    ],
  },
  "stray-file": {
    code: 0,
    lines: [
      "sso.yaml:0:0  warn   sso.yaml is not part of the road map (mission.yaml, roadmap.config.yaml, themes/, milestones/, epics/, ideas/, teams/); misplaced?  stray-file",
    ],
  },
};

describe("each validation rule, triggered", () => {
  test.each(Object.entries(expected))("%s", (name, { lines, code }) => {
    const result = validate(name);
    expect(result.stdout).toBe(`${[...lines, summaryOf(lines)].join("\n")}\n`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(code);
  });
});

describe("a clean road map triggers none of them", () => {
  const result = validate("clean");
  const json = JSON.parse(runCli(["validate", "--json", "-C", fixture("validate/clean")]).stdout);

  test("no problems, exit 0", () => {
    expect(result.stdout).toBe("no problems found\n");
    expect(result.code).toBe(0);
  });

  test.each([...Object.keys(expected), "unsafe-path"])("%s stays silent on its valid counterpart", (rule) => {
    expect(json.diagnostics.filter((d: { rule: string }) => d.rule === rule)).toEqual([]);
  });
});

describe("unsafe-path: symbolic links are followed inside the folder and refused outside it", () => {
  const temp = mkdtempSync(join(tmpdir(), "roadmap-links-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  test("links leading outside are refused; links inside are read (loops once); others are ignored", () => {
    const dir = join(temp, "roadmap");
    cpSync(fixture("validate/unsafe-path"), dir, { recursive: true });
    mkdirSync(join(dir, "epics"));
    writeFileSync(join(temp, "secret.yaml"), "title: Outside\ntheme: growth\n");
    writeFileSync(join(dir, "sso-source.txt"), "title: Single sign-on\ntheme: growht\n");
    symlinkSync(join(temp, "secret.yaml"), join(dir, "epics", "outside.yaml"));
    symlinkSync(temp, join(dir, "epics", "parent"));
    symlinkSync(join(dir, "sso-source.txt"), join(dir, "epics", "sso.yaml"));
    symlinkSync(temp, join(dir, "notes"));
    // A loop inside the folder is read once, not forever.
    symlinkSync(join(dir, "epics"), join(dir, "epics", "loop"));
    const result = runCli(["validate", "-C", "."], { cwd: dir });
    expect(result.stdout).toBe(
      [
        "epics/outside.yaml:0:0  error  epics/outside.yaml is a symbolic link leading outside the road-map folder; refused  unsafe-path",
        "epics/parent:0:0  error  epics/parent is a symbolic link leading outside the road-map folder; refused  unsafe-path",
        'epics/sso.yaml:2:8  error  theme "growht" does not exist (did you mean "growth"?)  unknown-reference',
        "3 errors: 2 unsafe-path, 1 unknown-reference",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
  });
});
