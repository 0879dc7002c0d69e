// Dependencies drawn (docs/views.md, docs/export.md): on the orbit fixture, whose epics wait on
// each other across themes and milestones (one order broken, one dependency dropped, one outside
// the default window): the Mermaid export's `after` relations checked by Mermaid's gantt rules, the
// terminal timeline's --deps marks and `show --view deps`, each against what `lint` reports.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, test } from "vitest";
import { dayAfter, readGantt } from "../mermaid-gantt.js";
import { brokenByLint, exportedEpics, ORBIT, ORBIT_TODAY, runOrbit, shownEpics } from "../orbit.js";
import { runCli } from "../run-cli.js";

const TODAY = ORBIT_TODAY;
const run = runOrbit;
const waitingOnBrokenOrder = (): string[] => brokenByLint().map((pair) => pair.split(">")[1]!);

describe("the Mermaid export", () => {
  const tasks = readGantt(run("export", "--format", "mermaid").stdout);
  const epics = shownEpics();

  test("draws every epic with dates on its own dates, after or not", () => {
    const dated = [...epics.values()].filter((epic) => epic.start !== null);
    expect(tasks.map((task) => task.id).sort()).toEqual(dated.map((epic) => epic.id).sort());
    for (const task of tasks) {
      const epic = epics.get(task.id)!;
      expect([task.id, task.start, task.end]).toEqual([epic.id, epic.start, epic.end]);
    }
  });

  test("names in after exactly the live dependencies that end the day before the epic starts", () => {
    const depends = exportedEpics();
    for (const task of tasks) {
      const epic = epics.get(task.id)!;
      const expected = (depends.get(task.id)?.depends_on ?? []).filter((id) => {
        const dependency = epics.get(id);
        if (dependency?.end == null || epic.status === "dropped" || dependency.status === "dropped")
          return false;
        return dayAfter(dependency.end) === epic.start;
      });
      expect([task.id, task.after]).toEqual([task.id, expected]);
    }
    // Several ids, named before their tasks are defined (the platform section comes later).
    expect(tasks.find((task) => task.id === "mobile-app")!.after).toEqual(["search", "sso"]);
  });

  test("tags crit exactly the epics lint reports dependency-order on", () => {
    const crit = tasks.filter((task) => task.tags.includes("crit")).map((task) => task.id);
    expect(crit).toEqual(waitingOnBrokenOrder());
    expect(crit).toEqual(["billing"]);
  });
});

describe("show --view timeline --deps", () => {
  test.each(["100", "80", "44"])("at width %s", (width) => {
    const result = run("show", "--view", "timeline", "--deps", "--width", width);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchSnapshot();
    for (const line of result.stdout.trimEnd().split("\n"))
      expect(stringWidth(line), line).toBeLessThanOrEqual(Number(width));
  });

  test("marks ! under exactly the epics lint reports dependency-order on, and names what each waits on", () => {
    const lines = run("show", "--view", "timeline", "--deps", "--width", "100").stdout.split("\n");
    const titles = new Map([...exportedEpics()].map(([id, epic]) => [epic.title, id]));
    const waiting = new Map<string, string>();
    lines.forEach((line, index) => {
      if (!line.trimStart().startsWith("↳")) return;
      const title = /^ {2}\S (.+?)\s{2,}/.exec(lines[index - 1]!)![1]!;
      waiting.set(titles.get(title)!, line.trim());
    });
    expect([...waiting.keys()].filter((id) => waiting.get(id)!.includes("!"))).toEqual(
      waitingOnBrokenOrder(),
    );
    // Done epics and met (done) dependencies are not listed; a dropped one is, with its ✗.
    expect(Object.fromEntries(waiting)).toEqual({
      billing: "↳ search ◐ !",
      "mobile-app": "↳ search ◐, sso ○, billing ○",
      analytics: "↳ mobile-app ○",
      reports: "↳ legacy-cleanup ✗",
      marketplace: "↳ analytics ·",
    });
  });

  test("a filter does not hide what an epic waits on", () => {
    const growth = run("show", "--view", "timeline", "--deps", "--width", "100", "--theme", "growth").stdout;
    expect(growth).toContain("↳ search ◐, sso ○, billing ○");
    expect(growth).not.toContain("Product search");
  });
});

describe("show --view deps <epic>", () => {
  test.each([
    ["mobile-app", "80"],
    ["mobile-app", "44"],
    ["billing", "80"],
    ["search", "80"],
    ["reports", "80"],
    ["partner-api", "80"],
    ["onboarding", "80"],
  ])("%s at width %s", (epic, width) => {
    const result = run("show", "--view", "deps", epic, "--width", width);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchSnapshot();
    for (const line of result.stdout.trimEnd().split("\n"))
      expect(stringWidth(line), line).toBeLessThanOrEqual(Number(width));
  });

  test("the critical path follows the latest end and says how much time is left", () => {
    const text = run("show", "--view", "deps", "mobile-app", "--width", "200").stdout;
    expect(text).toContain(
      "Critical path: Product search (ends 2026-12-31) → Mobile shop app, due 2027-03-31 with Winter mobile: 90 days to spare.",
    );
    expect(text).toContain(
      "Longest wait on it: Mobile shop app → Shop analytics → Shop marketplace (ends 2027-12-31).",
    );
    const billing = run("show", "--view", "deps", "billing", "--width", "200").stdout;
    expect(billing).toContain(
      "Critical path: Product search (ends 2026-12-31) → Usage billing, due 2026-12-15: 16 days late.",
    );
    expect(billing).toMatch(/^└─ ! ◐ Product search \(search\)/m);
  });

  test("for the public, dates are quarters and no day is counted", () => {
    const dir = publicCopy();
    const text = runCli([
      "show",
      "-C",
      dir,
      "--today",
      TODAY,
      "--view",
      "deps",
      "mobile-app",
      "--audience",
      "public",
      "--width",
      "200",
    ]).stdout;
    expect(text).toContain("· 2027-Q4 ·");
    expect(text).toContain(
      "Critical path: Product search (ends 2027-Q3) → Mobile shop app, due 2027-Q4 with Winter mobile: in time.",
    );
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|days/);
  });

  test.each([
    [["--view", "deps"], "--view deps needs an epic: roadmap show --view deps <epic-id>"],
    [["--view", "deps", "mobile-ap"], 'unknown epic "mobile-ap" (did you mean "mobile-app"?)'],
    [["--view", "tree", "search"], 'show takes an epic id only with --view deps (got "search")'],
    [["--deps"], "--deps marks dependencies on the timeline: use it with --view timeline"],
    [
      ["--view", "deps", "search", "--theme", "growth"],
      "--view deps follows the whole chain of an epic; it takes no filter",
    ],
  ])("show %j exits 2", (args, message) => {
    const result = run("show", ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`roadmap: ${message}\n`);
  });

  test("titles and ids reach the terminal with control characters escaped", () => {
    const dir = copyOrbit();
    const file = join(dir, "epics/search.yaml");
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace("title: Product search", 'title: "Product\\e]0;owned\\a search"'),
    );
    for (const args of [
      ["--view", "deps", "mobile-app"],
      ["--view", "deps", "search"],
      ["--view", "timeline", "--deps"],
    ]) {
      const text = runCli(["show", "-C", dir, "--today", TODAY, "--width", "120", ...args]).stdout;
      expect(text).toContain("Product\\e]0;owned\\x07 search");
      expect(text).not.toContain("\u001b");
      expect(text).not.toContain("\u0007");
    }
  });
});

function copyOrbit(): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-orbit-"));
  cpSync(ORBIT, dir, { recursive: true });
  return dir;
}

/** The orbit road map with every item public. */
function publicCopy(): string {
  const dir = copyOrbit();
  const mission = join(dir, "mission.yaml");
  writeFileSync(mission, `${readFileSync(mission, "utf8")}default_visibility: public\n`);
  return dir;
}
