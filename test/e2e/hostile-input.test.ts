// The scale of one hostile file, and the smaller holes found beside it (docs/guarantees.md, "What
// validate reports"; docs/format.md): each test is a reproduction, generated at test time (no
// large fixture is committed). Scale tests assert behaviour (no crash, the cap, every other file's
// diagnostics), never time: the times are in the bench (section 15-hostile-file).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "roadmap-hostile-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let count = 0;

/** The bad-input base road map plus these files (paths relative to it). */
function roadmapWith(files: Record<string, string | Uint8Array>): string {
  const dir = join(temp, String(++count));
  cpSync(fixture("bad-input/base"), dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

interface JsonDiagnostics {
  diagnostics: {
    file: string;
    line: number;
    rule: string;
    severity: string;
    message: string;
    omitted?: object;
  }[];
  errors: number;
  warnings: number;
}

function validateJson(dir: string): JsonDiagnostics {
  const result = runCli(["validate", "--json", "-C", dir], { timeout: 120_000 });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(1);
  return JSON.parse(result.stdout) as JsonDiagnostics;
}

const epic = (extra: string) => `title: Hostile\ntheme: growth\n${extra}`;
const BROKEN_NEIGHBOUR = { "epics/neighbour.yaml": "title: Neighbour\ntheme: growht\n" };

describe("one file with 120,000 unknown keys (13.16)", () => {
  const keys = Array.from({ length: 120_000 }, (_, i) => `key${i}: ${i}\n`).join("");
  const dir = roadmapWith({ "epics/hostile.yaml": epic(keys), ...BROKEN_NEIGHBOUR });

  test("lists the file's first 100 problems, says how many more, and keeps every other file's", () => {
    const report = validateJson(dir);
    const hostile = report.diagnostics.filter((d) => d.file === "epics/hostile.yaml");
    expect(hostile).toHaveLength(101);
    expect(hostile.slice(0, 100).every((d) => d.rule === "unknown-key")).toBe(true);
    expect(hostile[0]).toMatchObject({ line: 3, message: 'unknown key "key0"' });
    expect(hostile[100]).toEqual({
      file: "epics/hostile.yaml",
      line: 0,
      column: 0,
      severity: "error",
      rule: "too-many-problems",
      message:
        "120000 problems in this file: only the first 100 are listed, 119900 more are not (119900 errors, 0 warnings); fix these and run again",
      omitted: { errors: 119_900, warnings: 0, rules: { "unknown-key": { errors: 119_900, warnings: 0 } } },
    });
    expect(report.diagnostics.filter((d) => d.file === "epics/neighbour.yaml")).toEqual([
      expect.objectContaining({ rule: "unknown-reference", message: expect.stringContaining('"growht"') }),
    ]);
    expect(report.errors).toBe(120_001);
  });

  test("--rule narrows before the cap: a problem past the first 100 of its file is still found", () => {
    const result = runCli(["validate", "--rule", "unknown-reference", "-C", dir], { timeout: 120_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("neighbour.yaml");
    const late = roadmapWith({ "epics/hostile.yaml": epic(`${keys}milestone: q9\n`) });
    const narrowed = runCli(["validate", "--rule", "unknown-reference", "--json", "-C", late], {
      timeout: 120_000,
    });
    expect((JSON.parse(narrowed.stdout) as JsonDiagnostics).diagnostics).toEqual([
      expect.objectContaining({ file: "epics/hostile.yaml", line: 120_003, rule: "unknown-reference" }),
    ]);
  });

  test("the text summary counts every problem", () => {
    const result = runCli(["validate", "-C", dir], { timeout: 120_000 });
    expect(result.code).toBe(1);
    // 101 lines for the file, 1 for the neighbour, the summary, and the final newline.
    expect(result.stdout.split("\n")).toHaveLength(104);
    expect(result.stdout).toMatch(/\n120001 errors: 120000 unknown-key, 1 unknown-reference\n$/);
  });
});

describe("other ways one file multiplies its problems (13.16)", () => {
  test.each([
    [
      "the same key 50,000 times",
      epic(Array.from({ length: 50_000 }, (_, i) => `k: ${i}\n`).join("")),
      "duplicate-key",
    ],
    [
      "50,000 stories with a misspelt key",
      epic(
        `stories:\n${Array.from({ length: 50_000 }, (_, i) => `  - {id: s${i}, title: T, pointz: 1}\n`).join("")}`,
      ),
      "unknown-key",
    ],
    [
      "50,000 dependencies that do not exist",
      epic(`depends_on: [${Array.from({ length: 50_000 }, (_, i) => `e${i}`).join(", ")}]\n`),
      "unknown-reference",
    ],
  ])("%s: capped, no crash, the neighbour still reported", (_name, text, rule) => {
    const report = validateJson(roadmapWith({ "epics/hostile.yaml": text, ...BROKEN_NEIGHBOUR }));
    const hostile = report.diagnostics.filter((d) => d.file === "epics/hostile.yaml");
    expect(hostile.slice(0, 100).every((d) => d.rule === rule)).toBe(true);
    expect(hostile.at(-1)?.rule).toBe("too-many-problems");
    expect(report.diagnostics.some((d) => d.file === "epics/neighbour.yaml")).toBe(true);
  });

  test("50,000 tab-indented lines: one message", () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `\tk${i}: ${i}\n`).join("");
    const report = validateJson(roadmapWith({ "epics/hostile.yaml": epic(lines) }));
    expect(report.diagnostics.filter((d) => d.file === "epics/hostile.yaml")).toEqual([
      expect.objectContaining({
        line: 3,
        message: expect.stringContaining("indented with tabs (lines 3, 4, 5, 6, 7 and 49995 more)"),
      }),
    ]);
  });

  test("lint counts every warning against --max-warnings, not only the listed ones", () => {
    const stories = Array.from({ length: 150 }, (_, i) => `  - {id: s${i}, title: Story ${i}}\n`).join("");
    const dir = roadmapWith({ "epics/hostile.yaml": epic(`status: planned\nstories:\n${stories}`) });
    const lint = (max: string) =>
      runCli(["lint", "--json", "--today", "2026-01-15", "--max-warnings", max, "-C", dir]);
    const report = JSON.parse(lint("1000").stdout) as JsonDiagnostics;
    const listed = report.diagnostics.filter((d) => d.file === "epics/hostile.yaml");
    expect(listed).toHaveLength(101);
    expect(report.warnings).toBeGreaterThanOrEqual(300);
    expect(lint(String(report.warnings)).code).toBe(0);
    expect(lint(String(report.warnings - 1)).code).toBe(1);
  });
});

describe("the smaller holes (13.17)", () => {
  test("a 5 MB key is cut in the message, its length said", () => {
    const key = "k".repeat(5 * 1024 * 1024);
    const report = validateJson(roadmapWith({ "epics/hostile.yaml": epic(`${key}: 1\n`) }));
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        rule: "unknown-key",
        message: `unknown key "${"k".repeat(60)}…" (5242880 characters)`,
      }),
    ]);
  });

  test.each([
    ["UTF-32 LE with a byte-order mark", utf32(true, "le"), "file is UTF-32 text; save it as UTF-8"],
    ["UTF-32 BE with a byte-order mark", utf32(true, "be"), "file is UTF-32 text; save it as UTF-8"],
    ["UTF-32 LE without one", utf32(false, "le"), "file is UTF-32 text; save it as UTF-8"],
    [
      "UTF-16 LE without one",
      Buffer.from("title: A\ntheme: growth\n", "utf16le"),
      "file is UTF-16 text; save it as UTF-8",
    ],
  ])("%s is named as such", (_name, bytes, message) => {
    const report = validateJson(roadmapWith({ "epics/wide.yaml": bytes }));
    expect(report.diagnostics).toEqual([expect.objectContaining({ rule: "yaml-syntax", message })]);
  });

  test(".YAML and .Yml files are not read, and validate says so", () => {
    const dir = roadmapWith({ "epics/growth/Big-Bet.YAML": epic(""), "Notes.Yml": "a: 1\n" });
    const result = runCli(["validate", "-C", dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "Big-Bet.YAML:0:0  warn   epics/growth/Big-Bet.YAML is not read: road-map files end in .yaml or .yml, lowercase (rename it to Big-Bet.yaml)  stray-file",
    );
    expect(result.stdout).toContain("Notes.Yml is not read");
  });

  test("tab indentation: one message, no false duplicate-key", () => {
    const text = "title: Plan\ntheme: growth\nstories:\n\t- id: a\n\t  title: A\n\t- id: b\n\t  title: B\n";
    const report = validateJson(roadmapWith({ "epics/tabs.yaml": text }));
    expect(report.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual(["4 yaml-syntax"]);
  });

  test("CR-only line endings: validate reads the lines where they are, fmt writes LF", () => {
    const text = "title: Plan\rtheme: growth\rstatus: plannd\r";
    const dir = roadmapWith({ "epics/old-mac.yaml": text });
    const report = validateJson(dir);
    expect(report.diagnostics).toEqual([expect.objectContaining({ line: 3, rule: "schema" })]);
    const check = runCli(["fmt", "--check", "-C", dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("epics/old-mac.yaml");
    expect(runCli(["fmt", "-C", dir]).code).toBe(0);
    expect(readFileSync(join(dir, "epics/old-mac.yaml"), "utf8")).toBe(text.replaceAll("\r", "\n"));
    expect(validateJson(dir).diagnostics).toEqual(report.diagnostics);
  });
});

describe("the common YAML mistakes get plain words and a fix (14.5)", () => {
  test.each([
    ['title: "Add a "Pay now" button"', "1:8", "title: 'Add a \"Pay now\" button'"],
    ["title: 'Don't block checkout'", "1:8", 'title: "Don\'t block checkout"'],
    ["title: *bold* plan", "1:8", 'title: "*bold* plan"'],
    ["title: & more", "1:8", 'title: "& more"'],
    ["title: Plan\nowner: @lena", "2:8", 'owner: "@lena"'],
    ["title: `code` freeze", "1:8", 'title: "`code` freeze"'],
  ])("%s", (lines, where, fix) => {
    const dir = roadmapWith({ "epics/mistake.yaml": `${lines}\ntheme: growth\n` });
    const result = runCli(["validate", "-C", dir]);
    expect(result.code).toBe(1);
    const line = result.stdout.split("\n").find((text) => text.includes("epics/mistake.yaml"))!;
    expect(line).toContain(`epics/mistake.yaml:${where}  error  `);
    expect(line).toContain(`: ${fix}  yaml-syntax`);
    expect(line).not.toMatch(/unexpected scalar|at node end/);
  });
});

describe("one mistake does not hide another (14.6)", () => {
  test("a story without an id, an unknown key, a wrong status: the checks beside them still run", () => {
    const result = runCli(["validate", "-C", "."], { cwd: fixture("validate/independent-checks") });
    expect(result.stdout).toBe(
      [
        "epics/exports-api.yaml:3:14  error  dependency cycle: exports-api -> reports -> exports-api  dependency-cycle",
        'epics/exports.yaml:5:5  error  missing required key "id" in stories[0]  schema',
        'epics/exports.yaml:8:9  error  story id "csv" is used twice in this epic  duplicate-id',
        'epics/reports.yaml:4:9  error  "status" must be one of proposed, planned, in-progress, done, dropped (found "started")  schema',
        'epics/sso.yaml:4:1  error  unknown key "ownr" (did you mean "owner"?)  unknown-key',
        "epics/sso.yaml:6:6  error  epic ends (2026-02-01) before it starts (2026-03-01)  date-order",
        "6 errors: 2 schema, 1 date-order, 1 dependency-cycle, 1 duplicate-id, 1 unknown-key",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
  });
});

/** "title: A\ntheme: growth\n" in UTF-32, with or without a byte-order mark. */
function utf32(mark: boolean, order: "le" | "be"): Uint8Array {
  const text = `${mark ? "\uFEFF" : ""}title: A\ntheme: growth\n`;
  const bytes = Buffer.alloc(text.length * 4);
  [...text].forEach((char, i) => {
    if (order === "le") bytes.writeUInt32LE(char.codePointAt(0)!, i * 4);
    else bytes.writeUInt32BE(char.codePointAt(0)!, i * 4);
  });
  return bytes;
}
