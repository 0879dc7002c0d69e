// `roadmap export` in every format on a fixture with awkward titles (colons, quotes, commas,
// markup, line breaks): snapshots with a fixed today, plus parse-back checks for json and csv,
// the show filters, --rev, -o and the usage errors.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createRepo } from "../git-repo.js";
import { readGantt } from "../mermaid-gantt.js";
import { fixture, runCli } from "../run-cli.js";

const ACME = fixture("export/acme");
const TRICKY = 'Title: "quotes", commas & <script>alert(1)</script> #1 | pipes; 50%';
const exportAs = (format: string, ...args: string[]) =>
  runCli(["export", "--format", format, "-C", ACME, "--today", "2026-11-25", ...args]);

interface ExportedEpic {
  id: string;
  title: string;
  theme: string;
  status: string;
  labels?: string[];
  stories?: { id: string; title: string; status: string; points?: number; owner?: string; kind?: string }[];
}

const json = (...args: string[]) =>
  JSON.parse(exportAs("json", ...args).stdout) as {
    version: number;
    mission: { name: string };
    themes: { id: string }[];
    milestones: { id: string }[];
    epics: ExportedEpic[];
    rollup: { mission: { progress: number }; epics: { id: string; progress: number }[] };
  };

describe.each(["json", "markdown", "mermaid", "csv", "html", "jira-csv"])("--format %s", (format) => {
  test("matches the snapshot, exits 0, prints nothing on stderr", () => {
    const result = exportAs(format);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchSnapshot();
  });

  test("-o writes the same text atomically and prints nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-export-"));
    const result = exportAs(format, "-o", join(dir, `roadmap.${format}`));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(readFileSync(join(dir, `roadmap.${format}`), "utf8")).toBe(exportAs(format).stdout);
    expect(readdirSync(dir)).toEqual([`roadmap.${format}`]);
  });

  test.each([
    ["--theme", "growth", "Audit log"],
    ["--status", "done", "Referral programme"],
    ["--milestone", "2026-q3", "Audit log"],
    ["--quarter", "2027-Q2", "Referral programme"],
    ["--owner", "Omar", "Referral programme"],
  ])("honours %s %s", (flag, value, leftOut) => {
    const full = exportAs(format).stdout;
    const filtered = exportAs(format, flag, value);
    expect(filtered.code).toBe(0);
    expect(full).toContain(leftOut);
    expect(filtered.stdout).not.toContain(leftOut);
  });
});

describe("json", () => {
  test("holds the whole validated model and the roll-up, keys in canonical order", () => {
    const data = json();
    expect(data.version).toBe(1);
    expect(data.mission.name).toBe("Acme Cloud");
    expect(data.epics.map((epic) => epic.id)).toEqual([...data.epics.map((epic) => epic.id)].sort());
    expect(data.epics).toHaveLength(12);
    const tricky = data.epics.find((epic) => epic.id === "tricky")!;
    expect(tricky.title).toBe(TRICKY);
    expect(Object.keys(tricky)).toEqual([
      "id",
      "file",
      "title",
      "theme",
      "milestone",
      "status",
      "owner",
      "start",
      "end",
      "stories",
    ]);
    expect(tricky.stories![0]!.title).toBe('First line,\nsecond line with a "quote"');
    // Defaults are filled in: a story without a status is "todo".
    expect(tricky.stories![1]!.status).toBe("todo");
    expect(data.rollup.epics.find((epic) => epic.id === "tricky")!.progress).toBe(1);
    expect(data.rollup.mission.progress).toBeCloseTo(14 / 46, 5);
  });

  test("filters apply to the roll-up too", () => {
    const data = json("--theme", "platform");
    expect(new Set(data.epics.map((epic) => epic.theme))).toEqual(new Set(["platform"]));
    expect(data.rollup.epics.map((epic) => epic.id)).toEqual(data.epics.map((epic) => epic.id));
  });
});

describe("csv", () => {
  test("parses back (RFC 4180) to one row per story with the model's values", () => {
    const text = exportAs("csv").stdout;
    expect(text.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      "theme",
      "milestone",
      "epic",
      "epic_title",
      "epic_status",
      "story",
      "title",
      "status",
      "points",
      "owner",
      "kind",
      "team",
      "labels",
      "links",
    ]);
    const stories = json().epics.flatMap((epic) => (epic.stories ?? []).map((story) => ({ epic, story })));
    expect(rows).toHaveLength(stories.length);
    const byKey = new Map(rows.map((row) => [`${row[2]}/${row[5]}`, row]));
    for (const { epic, story } of stories) {
      const row = byKey.get(`${epic.id}/${story.id}`)!;
      expect(row[3]).toBe(epic.title);
      expect(row[6]).toBe(story.title);
      expect(row[7]).toBe(story.status);
      expect(row[8]).toBe(story.points === undefined ? "" : String(story.points));
      expect(row[10]).toBe(story.kind ?? "story");
      expect(row[12]).toBe((epic.labels ?? []).join(", "));
    }
    expect(byKey.get("tricky/plain")![9]).toBe("Zoë");
    expect(byKey.get("tricky/multi-line")![9]).toBe('Ops, Team "A"');
  });
});

describe("mermaid", () => {
  test("every task line parses as name :tags, id, start, end with no raw : # ; in the name", () => {
    const text = exportAs("mermaid").stdout;
    const lines = text.trimEnd().split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "gantt",
      "  title Acme Cloud",
      "  dateFormat YYYY-MM-DD",
      "  axisFormat %Y-%m",
      "  inclusiveEndDates",
    ]);
    const tasks = readGantt(text);
    expect(tasks.length).toBe(10); // 12 epics, two of them unscheduled without dates
    for (const task of tasks) expect(task.name.replace(/#\d+;/g, "")).not.toMatch(/[:#;<>]/);
    const tricky = tasks.find((task) => task.name.includes("quotes"))!;
    expect(tricky.name.replace(/#(\d+);/g, (_all, code: string) => String.fromCharCode(Number(code)))).toBe(
      TRICKY,
    );
    expect([tricky.tags, tricky.id, tricky.start, tricky.end]).toEqual([
      ["active"],
      "tricky",
      "2027-01-15",
      "2027-02-28",
    ]);
    // Single sign-on starts the day after the audit log it depends on ends: Mermaid draws it
    // from after, on its own dates, although audit-log's section comes later in the file.
    const sso = tasks.find((task) => task.id === "sso")!;
    expect([sso.after, sso.start, sso.end]).toEqual([["audit-log"], "2027-01-01", "2027-03-31"]);
    // "Section planning" must not open a section.
    expect(lines.filter((line) => /^\s*section /i.test(line))).toHaveLength(3);
  });
});

describe("markdown", () => {
  test("escapes cells so every table row keeps its five columns", () => {
    const rows = exportAs("markdown")
      .stdout.split("\n")
      .filter((line) => line.startsWith("| "));
    for (const row of rows) expect(row.replace(/\\\|/g, "").split("|")).toHaveLength(7);
    expect(exportAs("markdown").stdout).not.toContain("<script>");
  });
});

describe("usage", () => {
  test("an unknown format exits 2 and lists the formats", () => {
    const result = exportAs("pdf");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'roadmap: unknown format "pdf"; use one of: json, markdown, mermaid, csv, html, github-issues, jira-csv\n',
    );
  });

  test("no format exits 2 and lists the formats", () => {
    const result = runCli(["export", "-C", ACME]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("json, markdown, mermaid, csv, html");
  });

  test("-o into a missing folder exits 2 with a message", () => {
    const result = exportAs("json", "-o", join(tmpdir(), "no-such-folder-roadmap", "x.json"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap: cannot write .*x\.json/);
  });

  test("-o naming a folder exits 2 saying so, leaving nothing behind", () => {
    const folder = mkdtempSync(join(tmpdir(), "roadmap-export-folder-"));
    const result = exportAs("json", "-o", folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `roadmap: cannot write ${folder}: it is a folder; refused (name a regular file)\n`,
    );
    expect(readdirSync(folder)).toEqual([]);
    rmSync(folder, { recursive: true });
  });

  test("a road map with errors exports what validated and exits 1", () => {
    const result = runCli(["export", "--format", "csv", "-C", fixture("fmt/broken")]);
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith("theme,milestone,")).toBe(true);
    expect(result.stderr).toContain("run roadmap validate");
  });
});

test("--rev exports the road map as it was at a commit", () => {
  const epic = (title: string) => `title: ${title}\ntheme: core\nstatus: planned\n`;
  const repo = createRepo({
    "roadmap/mission.yaml": "name: Rev\nmission: Test --rev.\n",
    "roadmap/themes/core.yaml": "title: Core\n",
    "roadmap/epics/search.yaml": epic("Old search"),
  });
  repo.commit("first");
  repo.write({ "roadmap/epics/search.yaml": epic("New search") });
  for (const format of ["json", "markdown", "csv", "html", "mermaid"]) {
    const args = ["export", "--format", format, "-C", "roadmap"];
    if (format === "csv") continue; // no stories: the title is not in the csv
    expect(runCli([...args, "--rev", "HEAD"], { cwd: repo.dir }).stdout, format).toContain(
      format === "mermaid" ? "Rev" : "Old search",
    );
    expect(runCli(args, { cwd: repo.dir }).stdout, format).toContain(
      format === "mermaid" ? "Rev" : "New search",
    );
  }
  repo.remove();
});

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  return rows;
}
