// `roadmap lint` on fixture road maps: every rule's finding with its position, exit codes,
// --today, --max-warnings, roadmap.config.yaml (good and broken), the output formats.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const FINDINGS = fixture("lint/findings");
const lint = (dir: string, ...args: string[]) =>
  runCli(["lint", "-C", ".", "--today", "2026-02-01", ...args], { cwd: dir });

const scratch = mkdtempSync(join(tmpdir(), "roadmap-lint-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let copies = 0;

/** A copy of the findings fixture with extra files (a config, a broken epic). */
function findingsWith(files: Record<string, string>): string {
  const dir = join(scratch, `copy-${copies++}`);
  cpSync(FINDINGS, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const EXPECTED = [
  'epics/checkout.yaml:6:5  error  epic "checkout" ends 2026-03-31, before "search" it depends on ends (2026-06-30)  dependency-order',
  'epics/checkout.yaml:9:11  warn   customer "Bigmart" requested 2 of 3 scheduled epics (66.7%, more than 40%): checkout, search  customer-concentration',
  'epics/checkout.yaml:15:5  warn   story "checkout/coupons" has no acceptance criteria  missing-acceptance',
  'epics/checkout.yaml:16:12  warn   story "checkout/coupons" is not written "As a ..., I want ... so that ..."  story-format',
  'epics/infra.yaml:3:12  error  epic "infra" (theme "platform") is in milestone "2026-q1", which is scoped to theme "growth"  milestone-theme-mismatch',
  'epics/infra.yaml:4:9  warn   epic "infra" is planned but has no stories  epic-without-stories',
  'epics/legacy.yaml:3:9  warn   epic "legacy" is done but records no outcome (add outcome: {metric, target, actual})  missing-outcome',
  'epics/legacy.yaml:3:9  warn   epic "legacy" is done but story "redirect" is not  status-mismatch',
  'milestones/2026-q1.yaml:5:11  error  milestone "2026-q1" holds 13 points of stories, over its capacity of 10  overcommitted',
  'milestones/late-2026.yaml:1:1  warn   milestone "late-2026" has no epic  empty-milestone',
  'milestones/late-2026.yaml:3:6  warn   milestone "late-2026" ends 2026-12-31, beyond the 6-month horizon (2026-08-01)  horizon',
  'milestones/late-2026.yaml:3:6  warn   milestone "late-2026" lasts 184 days, more than 13 weeks (91 days); split it  milestone-timebox',
  'themes/idle.yaml:2:1  warn   theme "idle" is active but has no epic (add one, or set status: paused or retired)  theme-without-epics',
  "3 errors, 10 warnings",
];

test("every default rule reports at the offending key or value; errors exit 1", () => {
  const result = lint(FINDINGS);
  expect(result.stderr).toBe("");
  expect(result.stdout).toBe(`${EXPECTED.join("\n")}\n`);
  expect(result.code).toBe(1);
});

test("a clean road map", () => {
  const result = lint(fixture("lint/clean"));
  expect(result.stdout).toBe("no problems found\n");
  expect(result.code).toBe(0);
});

test("lint reports validation problems beside the rules' findings", () => {
  const dir = findingsWith({ "epics/broken.yaml": "title: Broken\ntheme: growht\n" });
  const result = lint(dir);
  expect(result.stdout).toContain(
    'epics/broken.yaml:2:8  error  theme "growht" does not exist (did you mean "growth"?)  unknown-reference',
  );
  expect(result.stdout).toContain("dependency-order");
  expect(result.code).toBe(1);
});

describe("today", () => {
  const overdue =
    'milestones/2026-q1.yaml:3:6  warn   milestone "2026-q1" ended 2026-03-31 with 2 epics not done: checkout, infra  overdue';
  test("--today decides what is overdue and what is beyond the horizon", () => {
    expect(lint(FINDINGS).stdout).not.toContain("overdue");
    const later = runCli(["lint", "-C", FINDINGS, "--today", "2026-07-15"]);
    expect(later.stdout).toContain(overdue);
    expect(later.stdout).not.toContain("horizon");
  });
  test("ROADMAP_TODAY works like --today", () => {
    const result = runCli(["lint", "-C", FINDINGS], { env: { ROADMAP_TODAY: "2026-07-15" } });
    expect(result.stdout).toContain(overdue);
  });
  test("a bad date is a usage error", () => {
    const result = runCli(["lint", "-C", FINDINGS, "--today", "2026-13-01"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap: --today must be a date/);
  });
});

describe("--max-warnings", () => {
  const warningsOnly = findingsWith({
    "roadmap.config.yaml":
      "rules:\n  overcommitted: off\n  dependency-order: warn\n  milestone-theme-mismatch: off\n",
  });
  test.each([
    [undefined, 0],
    ["11", 0],
    ["10", 1],
    ["0", 1],
  ])("--max-warnings %s with 11 warnings exits %i", (max, code) => {
    const result = lint(warningsOnly, ...(max === undefined ? [] : ["--max-warnings", max]));
    expect(result.stdout).toMatch(/\n0 errors, 11 warnings\n$/);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(code === 1 ? `roadmap: too many warnings (11, --max-warnings ${max})\n` : "");
  });
  test("errors exit 1 whatever the limit", () => {
    expect(lint(FINDINGS, "--max-warnings", "100").code).toBe(1);
  });
  test.each(["-1", "1.5", "many", ""])("%j is a usage error", (value) => {
    const result = lint(FINDINGS, "--max-warnings", value);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--max-warnings must be a whole number");
  });
});

describe("roadmap.config.yaml", () => {
  test("turns rules off, changes severities and options, turns on rules that are off by default", () => {
    const dir = findingsWith({
      "roadmap.config.yaml": [
        "# team settings",
        "rules:",
        "  story-format: off",
        "  customer-concentration: [error, {max_share: 0.7}]",
        "  milestone-timebox: [error, {max_weeks: 30}]",
        "  unscheduled: warn",
        "  missing-points: [warn]",
        "  theme-without-epics: error",
        "",
      ].join("\n"),
    });
    const result = lint(dir);
    expect(result.stdout).not.toContain("story-format");
    expect(result.stdout).not.toContain("customer-concentration");
    expect(result.stdout).not.toContain("milestone-timebox");
    expect(result.stdout).toContain(
      'epics/legacy.yaml:1:1  warn   epic "legacy" is in no milestone  unscheduled',
    );
    expect(result.stdout).toContain("themes/idle.yaml:2:1  error  theme");
    expect(result.stdout).not.toContain("missing-points");
    expect(result.code).toBe(1);
  });

  test("a lower share makes customer-concentration an error; a story without points is found", () => {
    const dir = findingsWith({
      "roadmap.config.yaml":
        "rules:\n  customer-concentration: [error, {max_share: 0.5}]\n  missing-points: warn\n",
      "epics/search.yaml":
        "title: Search\ntheme: platform\nmilestone: 2026-q2\nrequested_by:\n  - source: customer\n    name: Bigmart\nstories:\n  - id: a\n    title: x\n",
    });
    const result = lint(dir);
    expect(result.stdout).toContain('epics/checkout.yaml:9:11  error  customer "Bigmart" requested');
    expect(result.stdout).toContain(
      'epics/search.yaml:8:5  warn   story "search/a" has no points  missing-points',
    );
  });

  test("unknown rules and bad settings are errors pointing into the file, with hints", () => {
    const dir = findingsWith({
      "roadmap.config.yaml": [
        "rules:",
        "  story-fromat: off",
        "  horizon: eror",
        "  customer-concentration: [warn, {max_shar: 0.5}]",
        "  milestone-timebox: [warn, {max_weeks: -1}]",
        "rule: {}",
        "",
      ].join("\n"),
    });
    const result = lint(dir);
    const configLines = result.stdout.split("\n").filter((line) => line.startsWith("roadmap.config.yaml"));
    expect(configLines).toEqual([
      'roadmap.config.yaml:2:3  error  unknown lint rule "story-fromat" (did you mean "story-format"?)  unknown-key',
      'roadmap.config.yaml:3:12  error  rule "horizon" must be set to off, warn or error, or [severity, {options}] (found "eror") (did you mean "error"?)  schema',
      'roadmap.config.yaml:4:35  error  rule "customer-concentration" option unknown key "max_shar" (did you mean "max_share"?)  unknown-key',
      'roadmap.config.yaml:5:41  error  rule "milestone-timebox" option "max_weeks" must be greater than 0 (found -1)  schema',
      'roadmap.config.yaml:6:1  error  unknown key "rule" (did you mean "rules"?)  unknown-key',
    ]);
    expect(result.code).toBe(1);
  });

  test("validate leaves the lint configuration to lint", () => {
    const dir = findingsWith({ "roadmap.config.yaml": "rules:\n  nope: off\n" });
    expect(runCli(["validate", "-C", dir]).stdout).not.toContain("roadmap.config.yaml");
  });
});

describe("formats", () => {
  test("--json: the diagnostics and the counts", () => {
    const result = lint(FINDINGS, "--json");
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ errors: 3, warnings: 10 });
    expect(json.diagnostics[0]).toEqual({
      file: "epics/checkout.yaml",
      line: 6,
      column: 5,
      severity: "error",
      rule: "dependency-order",
      message: 'epic "checkout" ends 2026-03-31, before "search" it depends on ends (2026-06-30)',
    });
    expect(result.code).toBe(1);
  });

  test("--format sarif lists the validation and the lint rules", () => {
    const sarif = JSON.parse(lint(FINDINGS, "--format", "sarif").stdout);
    const ids = sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(ids).toContain("unknown-reference");
    expect(ids).toContain("customer-concentration");
    expect(ids).toContain("unscheduled");
    expect(sarif.runs[0].results).toHaveLength(13);
    for (const result of sarif.runs[0].results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  test("--format github", () => {
    const lines = lint(FINDINGS, "--format", "github").stdout.trim().split("\n");
    expect(lines).toHaveLength(13);
    expect(lines[0]).toMatch(
      /^::error file=.*epics\/checkout\.yaml,line=6,col=5,title=dependency-order::epic "checkout"/,
    );
  });
});
