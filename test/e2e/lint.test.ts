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
  'milestones/late-2026.yaml:3:6  warn   milestone "late-2026" lasts 184 days, more than 13 weeks (a quarter, at most 92 days); a team that plans by half-year or year says so with max_weeks (26 or 52) in roadmap.config.yaml; otherwise shorten the milestone  milestone-timebox',
  'teams/search.yaml:3:12  error  team "search" holds 3 points of stories in milestone "2026-q2", over its capacity there of 2 (epics: search)  team-overcommitted',
  'themes/idle.yaml:2:1  warn   theme "idle" is active but has no epic (add one, or set status: paused or retired)  theme-without-epics',
  "4 errors: 1 dependency-order, 1 milestone-theme-mismatch, 1 overcommitted, 1 team-overcommitted; 10 warnings: 1 customer-concentration, 1 empty-milestone, 1 epic-without-stories, 1 horizon, 1 milestone-timebox, 1 missing-acceptance, 1 missing-outcome, 1 status-mismatch, 1 story-format, 1 theme-without-epics",
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
      "rules:\n  overcommitted: off\n  team-overcommitted: off\n  dependency-order: warn\n  milestone-theme-mismatch: off\n",
  });
  test.each([
    [undefined, 0],
    ["11", 0],
    ["10", 1],
    ["0", 1],
  ])("--max-warnings %s with 11 warnings exits %i", (max, code) => {
    const result = lint(warningsOnly, ...(max === undefined ? [] : ["--max-warnings", max]));
    expect(result.stdout).toMatch(
      /\n11 warnings: 1 customer-concentration, 1 dependency-order, [a-z-, 0-9]+\n$/,
    );
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
    expect(json).toMatchObject({ errors: 4, warnings: 10 });
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
    expect(sarif.runs[0].results).toHaveLength(14);
    for (const result of sarif.runs[0].results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  test("--format github", () => {
    const lines = lint(FINDINGS, "--format", "github").stdout.trim().split("\n");
    expect(lines).toHaveLength(14);
    expect(lines[0]).toMatch(
      /^::error file=.*epics\/checkout\.yaml,line=6,col=5,title=dependency-order::epic "checkout"/,
    );
  });
});

describe("--rule and --quiet narrow the output; the exit code still follows every problem", () => {
  test("the summary counts per rule, errors first, most frequent first", () => {
    const last = lint(FINDINGS).stdout.trimEnd().split("\n").at(-1);
    expect(last).toMatch(/^4 errors: 1 dependency-order, .*; 10 warnings: 1 customer-concentration, /);
  });

  test("--quiet shows errors only, and says how many warnings it left out", () => {
    const result = lint(FINDINGS, "--quiet");
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.slice(0, -1).every((line) => line.includes("  error  "))).toBe(true);
    expect(lines).toHaveLength(5);
    expect(lines.at(-1)).toBe(
      "4 errors: 1 dependency-order, 1 milestone-theme-mismatch, 1 overcommitted, 1 team-overcommitted; 10 warnings not shown (--quiet)",
    );
    expect(result.code).toBe(1);
  });

  test("--rule shows only the named rules; hidden errors still exit 1", () => {
    const result = lint(FINDINGS, "--rule", "horizon, story-format");
    expect(result.stdout.trimEnd().split("\n")).toEqual([
      'epics/checkout.yaml:16:12  warn   story "checkout/coupons" is not written "As a ..., I want ... so that ..."  story-format',
      'milestones/late-2026.yaml:3:6  warn   milestone "late-2026" ends 2026-12-31, beyond the 6-month horizon (2026-08-01)  horizon',
      "2 warnings: 1 horizon, 1 story-format; 4 errors and 8 warnings not shown (--rule)",
    ]);
    expect(result.code).toBe(1);
  });

  test("--rule with --quiet and --json", () => {
    const json = JSON.parse(
      lint(FINDINGS, "--rule", "team-overcommitted,horizon", "--quiet", "--json").stdout,
    );
    expect(json.diagnostics.map((d: { rule: string }) => d.rule)).toEqual(["team-overcommitted"]);
    expect(json).toMatchObject({ errors: 1, warnings: 0 });
  });

  test("a validation rule id works too; nothing left to show says so", () => {
    const result = lint(FINDINGS, "--rule", "unknown-reference");
    expect(result.stdout).toBe("nothing to show; 4 errors and 10 warnings not shown (--rule)\n");
    expect(result.code).toBe(1);
  });

  test.each([
    [
      ["lint", "--rule", "stroy-format"],
      'roadmap: unknown rule "stroy-format" (did you mean "story-format"?); the rules are listed in docs/rules.md\n',
    ],
    [["lint", "--rule", ","], "roadmap: --rule needs at least one rule id (comma-separated)\n"],
    [
      ["validate", "--rule", "story-format"],
      'roadmap: "story-format" is a lint rule; run roadmap lint --rule story-format\n',
    ],
    [
      ["validate", "--rule", "shema"],
      'roadmap: unknown rule "shema" (did you mean "schema"?); the rules are listed in docs/rules.md\n',
    ],
  ])("%j exits 2 with a clear message", (args, stderr) => {
    const result = runCli([...args, "-C", FINDINGS]);
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(2);
  });

  test("validate --rule and --quiet", () => {
    const dir = findingsWith({ "epics/broken.yaml": "title: Broken\ntheme: growht\nmilestone: 2026\n" });
    const result = runCli(["validate", "--rule", "schema"], { cwd: dir });
    expect(result.stdout).toBe(
      'epics/broken.yaml:3:12  error  "milestone" is read as the number 2026, but ids are text: quote it ("2026"); roadmap fmt quotes such ids  schema\n' +
        "1 error: 1 schema; 1 error not shown (--rule)\n",
    );
    expect(result.code).toBe(1);
    expect(runCli(["validate", "-C", FINDINGS, "--quiet"]).stdout).toBe("no problems found\n");
  });
});
