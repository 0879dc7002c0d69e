// `--audience public` (docs/audiences.md): every export format and every `show` view of
// a fixture full of internal text is searched for every internal string. The strings are read
// from the fixture's own files, so a line added there is searched without editing this test.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { exportFormats } from "../../src/export/export-formats.js";
import { CHROMIUM, chromium, expectScreenshot, warnWithoutChromium } from "../chromium.js";
import { visibleText } from "../html-dom.js";
import { fixture, runCli } from "../run-cli.js";

warnWithoutChromium("audience.test.ts");

const LUMEN = fixture("audiences/lumen");
const TODAY = "2026-05-13";

/** Items that must vanish: internal themselves, or under an internal theme or milestone. */
const INTERNAL_ITEMS = [
  "themes/zephyr-moonshot.yaml",
  "milestones/blackbird-window.yaml",
  "milestones/zephyr-phase-one.yaml",
  "epics/vault-rewrite.yaml",
  "epics/blackbird-prep.yaml",
  "epics/zephyr-engine.yaml",
  "epics/pricing-experiment.yaml",
];
/** Keys whose text is internal wherever it is: people, customers, business targets. */
const INTERNAL_KEYS = new Set([
  "owner",
  "health",
  "requested_by",
  "goals",
  "outcome",
  "evidence",
  "submitted_by",
]);
/** Keys whose text an internal item must not leak. */
const TEXT_KEYS = new Set(["title", "description", "goal", "acceptance", "metric", "name", "decision"]);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : name.endsWith(".yaml") ? [path] : [];
  });
}

/** Every string inside a value (lists and mappings included). */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The internal strings of the fixture's files that `include` accepts. */
function internalStrings(include: (file: string) => boolean = () => true): string[] {
  const found = new Set<string>();
  for (const path of yamlFiles(LUMEN)) {
    const file = relative(LUMEN, path);
    if (!include(file)) continue;
    const data = parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    // Ideas are the intake, internal whatever they say.
    const internal = INTERNAL_ITEMS.includes(file) || file.startsWith("ideas/");
    if (internal) found.add(file.replace(/^.*\//, "").replace(/\.yaml$/, ""));
    const visit = (record: Record<string, unknown>): void => {
      for (const [key, value] of Object.entries(record)) {
        if (INTERNAL_KEYS.has(key) || (internal && TEXT_KEYS.has(key))) {
          for (const text of stringsIn(value)) found.add(text);
        }
        if (key === "stories" && Array.isArray(value)) for (const story of value) visit(story);
      }
    };
    visit(data);
  }
  // Subfolder names are free text too (epics/globex-deal/).
  found.add("globex-deal");
  return [...found];
}

/** Dates in the files that are not the first or last day of a quarter: public dates are quarters. */
function exactDates(): string[] {
  const dates = yamlFiles(LUMEN).flatMap(
    (path) => readFileSync(path, "utf8").match(/\d{4}-\d{2}-\d{2}/g) ?? [],
  );
  return [...new Set(dates)].filter(
    (date) => !/-(01-01|03-31|04-01|06-30|07-01|09-30|10-01|12-31)$/.test(date),
  );
}

const INTERNAL = internalStrings();
const PUBLIC_TITLES = ["Hosted status page", "Incident feed", "Referral programme"];

const outputs: [string, string[]][] = [
  ...exportFormats.map((format): [string, string[]] => [
    `export --format ${format}`,
    ["export", "--format", format],
  ]),
  ...["tree", "timeline", "now-next-later"].map((view): [string, string[]] => [
    `show --view ${view}`,
    ["show", "--view", view, "--width", "240"],
  ]),
  ["show --json", ["show", "--json"]],
];

test("the fixture's internal strings are many and plain, so a search for them means something", () => {
  // Plain: no character any format escapes, so each would appear verbatim if it leaked.
  expect(INTERNAL.length).toBeGreaterThan(30);
  for (const text of INTERNAL) expect(text).toMatch(/^[A-Za-z0-9 ,.%-]+$/);
  expect(exactDates().length).toBeGreaterThanOrEqual(8);
  // And each is really there when the audience is internal (ideas, the intake, are in no export).
  const internalJson = runCli(["export", "--format", "json", "-C", LUMEN]).stdout;
  for (const text of internalStrings((file) => !file.startsWith("ideas/"))) {
    expect(internalJson).toContain(text);
  }
});

describe.each(outputs)("%s --audience public", (_name, args) => {
  const result = runCli([...args, "--audience", "public", "-C", LUMEN, "--today", TODAY]);

  test("exits 0 and holds the public epics", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // Charts draw scheduled epics only; the other outputs list them all.
    const charts = ["mermaid", "timeline", "now-next-later"];
    const titles = args.some((arg) => charts.includes(arg)) ? ["Hosted status page"] : PUBLIC_TITLES;
    for (const title of titles) expect(result.stdout).toContain(title);
  });

  test("holds none of the internal strings", () => {
    const leaked = INTERNAL.filter((text) => result.stdout.includes(text));
    expect(leaked).toEqual([]);
  });

  test("holds no date finer than a quarter", () => {
    const leaked = exactDates().filter((date) => result.stdout.includes(date));
    expect(leaked).toEqual([]);
  });
});

describe.skipIf(CHROMIUM === undefined)("the public HTML page in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-public-html-"));
  const page = join(dir, "roadmap.html");
  const exported = runCli([
    "export",
    "--format",
    "html",
    "--audience",
    "public",
    "-C",
    LUMEN,
    "--today",
    TODAY,
    "-o",
    page,
  ]);

  test("the page the browser builds holds the public road map in quarters and nothing internal", () => {
    expect(exported.code).toBe(0);
    const dom = chromium(dir, "--dump-dom", `file://${page}`);
    expect(dom).toContain("<h1>Lumen Cloud</h1>");
    for (const title of PUBLIC_TITLES) expect(dom).toContain(title);
    expect(visibleText(dom)).toContain("Spring launch 2026-Q1 – 2026-Q2");
    expect(INTERNAL.filter((text) => dom.includes(text))).toEqual([]);
    expect(exactDates().filter((date) => dom.includes(date))).toEqual([]);
  });

  test.each([
    ["phone", "390,1600"],
    ["desktop", "1280,1600"],
  ])("a %s screenshot is produced", (name, size) => {
    expectScreenshot(dir, page, name, size);
  });
});

describe("quarters instead of dates", () => {
  test("show's tree and the Markdown table name the quarters", () => {
    const tree = runCli(["show", "--audience", "public", "-C", LUMEN, "--width", "120"]).stdout;
    expect(tree).toContain("Spring launch (spring-launch) 2026-Q1 → 2026-Q2");
    const markdown = runCli(["export", "--format", "markdown", "--audience", "public", "-C", LUMEN]).stdout;
    expect(markdown).toContain("| **Summer release** (0%) | 2026-Q2 – 2026-Q3 |");
  });

  test("the JSON export says its audience and rounds dates out to whole quarters", () => {
    const data = JSON.parse(
      runCli(["export", "--format", "json", "--audience", "public", "-C", LUMEN]).stdout,
    ) as { audience: string; milestones: { id: string; start: string; end: string; file?: string }[] };
    expect(data.audience).toBe("public");
    expect(data.milestones).toEqual([
      {
        id: "spring-launch",
        title: "Spring launch",
        start: "2026-01-01",
        end: "2026-06-30",
        theme: "reliability",
        visibility: "public",
        goal: "Ship the public status page",
      },
      {
        id: "summer-release",
        title: "Summer release",
        start: "2026-04-01",
        end: "2026-09-30",
        visibility: "public",
      },
    ]);
  });

  test("progress counts stories, since points are not published", () => {
    const data = JSON.parse(runCli(["export", "--json", "--audience", "public", "-C", LUMEN]).stdout) as {
      rollup: {
        mission: { stories: { done: number; total: number }; points: { total: number }; progress: number };
      };
    };
    expect(data.rollup.mission).toMatchObject({
      stories: { done: 1, total: 4 },
      points: { total: 0 },
      progress: 0.25,
    });
  });
});

describe("the files", () => {
  test("lint warns about items marked public that a public road map leaves out", () => {
    const result = runCli(["lint", "-C", LUMEN, "--today", TODAY, "--format", "json"]);
    const findings = (
      JSON.parse(result.stdout) as { diagnostics: { file: string; rule: string }[] }
    ).diagnostics
      .filter((diagnostic) => diagnostic.rule === "public-under-internal")
      .map((diagnostic) => diagnostic.file);
    expect(findings).toEqual([
      "epics/blackbird-prep.yaml",
      "epics/zephyr-engine.yaml",
      "milestones/zephyr-phase-one.yaml",
    ]);
  });

  test("a visibility that is neither public nor internal is a schema error", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-audience-"));
    cpSync(LUMEN, dir, { recursive: true });
    writeFileSync(join(dir, "themes/growth.yaml"), "title: Grow the community\nvisibility: secret\n");
    const result = runCli(["validate", "-C", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/themes\/growth\.yaml:2:13 +error +.*visibility.*schema/);
  });
});

describe("usage", () => {
  test("an unknown audience exits 2 with a hint", () => {
    const result = runCli(["show", "--audience", "publik", "-C", LUMEN]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown --audience "publik" (did you mean "public"?)');
  });

  test("--owner with --audience public exits 2: owners are not public", () => {
    const result = runCli([
      "export",
      "--format",
      "csv",
      "--audience",
      "public",
      "--owner",
      "Sam Storyowner",
      "-C",
      LUMEN,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("owners are not part of a public road map");
  });

  test("a filter naming an internal item is unknown to a public road map, and no internal id is suggested", () => {
    const result = runCli([
      "export",
      "--format",
      "json",
      "--audience",
      "public",
      "--theme",
      "zephyr-moonshot",
      "-C",
      LUMEN,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown theme "zephyr-moonshot"');
    const near = runCli(["show", "--audience", "public", "--milestone", "blackbird-windo", "-C", LUMEN]);
    expect(near.code).toBe(2);
    expect(near.stderr).not.toContain("blackbird-window");
  });

  test("--audience internal is the default", () => {
    const args = ["export", "--format", "json", "-C", LUMEN];
    expect(runCli([...args, "--audience", "internal"]).stdout).toBe(runCli(args).stdout);
  });
});
