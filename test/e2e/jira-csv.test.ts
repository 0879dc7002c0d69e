// `export --format jira-csv` (docs/export.md, "jira-csv"): the built CLI's output read back with a
// real CSV parser (csv-parse, as Jira's importer and spreadsheets read RFC 4180), on a fixture
// whose values need quoting or the formula guard in every column: epics before their stories,
// every parent an epic of the file, values intact, formulas neutralised, ids stable.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { fixture, runCli } from "../run-cli.js";

const AWKWARD = fixture("backlog/jira-awkward");
const EXAMPLE = fileURLToPath(new URL("../../examples/acme/", import.meta.url));

type Row = Record<string, string> & { labels: string[] };

interface FixtureEpic {
  title: string;
  status?: string;
  stories?: { id: string; title: string; status?: string; points?: number; acceptance?: string[] }[];
}

function exportJira(dir: string, ...args: string[]): string {
  const result = runCli(["export", "--format", "jira-csv", "-C", dir, "--today", "2026-05-13", ...args]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
}

/** The file as csv-parse reads it: a header, then one record per issue (Labels gathered). */
function readJira(text: string): { header: string[]; rows: Row[] } {
  const [header, ...records] = parseCsv(text) as string[][];
  const rows = records.map((record): Row => {
    expect(record).toHaveLength(header!.length);
    const cells = header!.map((column, index) => [column, record[index]!] as const);
    const labels = cells.filter(([column, value]) => column === "Labels" && value !== "");
    return Object.assign(Object.fromEntries(cells.filter(([column]) => column !== "Labels")), {
      labels: labels.map(([, value]) => value),
    });
  });
  return { header: header!, rows };
}

/** The road-map key on the description's last line (`roadmap:epic-id/story-id`). */
const keyOf = (row: Row): string =>
  row
    .Description!.split("\n")
    .at(-1)!
    .replace(/^roadmap:/, "");

function fixtureEpics(dir: string): Map<string, FixtureEpic> {
  return new Map(
    readdirSync(join(dir, "epics")).map((file) => [
      file.replace(/\.yaml$/, ""),
      parseYaml(readFileSync(join(dir, "epics", file), "utf8")) as FixtureEpic,
    ]),
  );
}

describe("on a road map of awkward values", () => {
  const text = exportJira(AWKWARD);
  const { header, rows } = readJira(text);
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  const epics = fixtureEpics(AWKWARD);

  test("is RFC 4180 with CRLF records and Jira's column names, Labels repeated as needed", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(header).toEqual([
      "Issue Id",
      "Parent",
      "Issue Type",
      "Summary",
      "Description",
      "Status",
      "Story Points",
      "Assignee",
      "Start date",
      "Due date",
      "Fix Version",
      "Component",
      "Labels",
      "Labels",
      "Labels",
    ]);
  });

  test("one row per epic not dropped and per story of those epics, done ones included", () => {
    const expected = [...epics].flatMap(([id, epic]) =>
      epic.status === "dropped" ? [] : [id, ...(epic.stories ?? []).map((story) => `${id}/${story.id}`)],
    );
    expect([...byKey.keys()].sort()).toEqual(expected.sort());
    expect(rows).toHaveLength(expected.length);
    expect(byKey.get("delta")!.Status).toBe("Done");
    expect(byKey.get("alpha/finished")!.Status).toBe("Done");
  });

  test("epics come before every story, and each story's Parent is its epic's Issue Id", () => {
    const types = rows.map((row) => row["Issue Type"]);
    const lastEpic = types.lastIndexOf("Epic");
    const firstChild = types.findIndex((type) => type !== "Epic");
    expect(lastEpic).toBeLessThan(firstChild);
    const epicIds = new Set(rows.filter((row) => row["Issue Type"] === "Epic").map((row) => row["Issue Id"]));
    for (const row of rows.slice(firstChild)) {
      expect(epicIds.has(row.Parent!)).toBe(true);
      expect(row.Parent).toBe(byKey.get(keyOf(row).split("/")[0]!)!["Issue Id"]);
    }
    for (const row of rows.slice(0, firstChild)) expect(row.Parent).toBe("");
  });

  test("issue ids are distinct nine-digit numbers", () => {
    const ids = rows.map((row) => row["Issue Id"]!);
    for (const id of ids) expect(id).toMatch(/^[1-9]\d{8}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("commas, quotes and line breaks survive the round trip", () => {
    expect(byKey.get("alpha/comma")!.Summary).toBe('Commas, "quotes", and more');
    expect(byKey.get("beta")!.Summary).toBe("Beta, unscheduled");
    expect(byKey.get("alpha")!.Component).toBe('Core, "platform" & more');
    // A summary is one line in Jira: the whole title, line breaks and all, opens the description.
    const newline = byKey.get("alpha/newline")!;
    expect(newline.Summary).toBe("first line second line");
    expect(newline.Description!.startsWith("first line\nsecond line\n\n")).toBe(true);
    expect(byKey.get("alpha")!.Description).toContain("=cmd|' /C calc'!A0\nline two, with a comma");
  });

  test("cells a spreadsheet would run as formulas start with an apostrophe, and only those", () => {
    const cells = [
      header,
      ...rows.map((row) => [...Object.values(row).filter((v) => typeof v === "string"), ...row.labels]),
    ].flat();
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(byKey.get("alpha/equals")!.Summary).toBe("'=SUM(A1:A9)");
    expect(byKey.get("alpha/at")!.Summary).toBe("'@here look");
    expect(byKey.get("alpha")!.Summary).toBe(`'-Alpha: commas, "quotes" and a second line`);
    expect(byKey.get("alpha")!.Assignee).toBe("'@lead");
    expect(byKey.get("alpha")!["Fix Version"]).toBe(`'=Release 1, "big"`);
    expect(byKey.get("alpha/tab")!.Description!.startsWith("'\tstarts with a tab")).toBe(true);
    expect(byKey.get("alpha")!.labels).toEqual(["customer_voice", "flagship", "'+plus"]);
    expect(byKey.get("alpha/comma")!.Summary).not.toMatch(/^'/);
  });

  test("a title past Jira's 255 characters is cut in the summary and whole in the description", () => {
    const title = epics.get("alpha")!.stories!.find((story) => story.id === "long")!.title;
    const row = byKey.get("alpha/long")!;
    expect(title.length).toBeGreaterThan(255);
    expect([...row.Summary!]).toHaveLength(255);
    expect(row.Summary!.endsWith("…")).toBe(true);
    expect(title.startsWith(row.Summary!.slice(0, -1))).toBe(true);
    expect(row.Description!.startsWith(`${title}\n\n`)).toBe(true);
  });

  test("status, type, points, owner, dates, release and labels come from the road map", () => {
    const comma = byKey.get("alpha/comma")!;
    expect([comma["Issue Type"], comma.Status, comma["Story Points"], comma.Assignee]).toEqual([
      "Story",
      "In Progress",
      "3",
      "Ana",
    ]);
    expect(comma.Description).toContain("Acceptance criteria:\n* =1+1 stays text\n* line break");
    expect(byKey.get("alpha/newline")!["Issue Type"]).toBe("Task");
    const delta = byKey.get("delta")!;
    expect([delta["Start date"], delta["Due date"]]).toEqual(["2026-04-20", "2026-05-29"]);
    const alpha = byKey.get("alpha")!;
    expect([alpha.Status, alpha["Start date"], alpha["Due date"]]).toEqual([
      "In Progress",
      "2026-04-06",
      "2026-06-26",
    ]);
    expect(alpha.Description).toContain("Owners: @lead, Zoë Ops · Teams: core-team");
    expect(alpha.Description).toContain("* Spec, v2: https://example.com/spec");
    const beta = byKey.get("beta/one")!;
    expect([beta["Fix Version"], beta.labels]).toEqual(["", ["flagship"]]);
    expect(byKey.get("epsilon")!.Status).toBe("To Do");
  });

  test("each description ends with where it came from and the road-map marker", () => {
    for (const [key, row] of byKey) {
      const lines = row.Description!.split("\n");
      expect(lines.at(-1)).toBe(`roadmap:${key}`);
      expect(lines.at(-2)).toMatch(
        /^Generated from epics\/[a-z]+\.yaml by roadmap export --format jira-csv\.$/,
      );
    }
  });

  test("an item keeps its Issue Id when others come and go", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-jira-"));
    cpSync(AWKWARD, dir, { recursive: true });
    rmSync(join(dir, "epics/beta.yaml"));
    const fewer = new Map(readJira(exportJira(dir)).rows.map((row) => [keyOf(row), row["Issue Id"]]));
    expect(fewer.size).toBe(byKey.size - 2);
    for (const [key, id] of fewer) expect(id).toBe(byKey.get(key)!["Issue Id"]);
    rmSync(dir, { recursive: true });
  });

  test("--per is refused: it belongs to github-issues", () => {
    const result = runCli(["export", "--format", "jira-csv", "--per", "epic", "-C", AWKWARD]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--per applies to --format github-issues only");
  });
});

describe("on the example road map", () => {
  test("matches the snapshot", () => {
    expect(exportJira(EXAMPLE)).toMatchSnapshot();
  });
});

describe("--audience public", () => {
  // The search of every format's output for internal strings is test/e2e/audience.test.ts.
  test("carries no owner, points or date finer than a quarter", () => {
    const { rows } = readJira(exportJira(fixture("audiences/lumen"), "--audience", "public"));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect([row.Assignee, row["Story Points"]]).toEqual(["", ""]);
      for (const date of [row["Start date"], row["Due date"]]) {
        if (date !== "") expect(date).toMatch(/-(01-01|03-31|04-01|06-30|07-01|09-30|10-01|12-31)$/);
      }
      expect(row.Description).not.toMatch(/Owners?:/);
    }
  });
});
