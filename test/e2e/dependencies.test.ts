// Dependencies drawn (docs/views.md, docs/export.md): on the orbit fixture, whose epics wait on
// each other across themes and milestones (one order broken, one dependency dropped, one outside
// the default window), the Mermaid export's `after` relations are checked by Mermaid's gantt rules.
import { describe, expect, test } from "vitest";
import { dayAfter, readGantt } from "../mermaid-gantt.js";
import { fixture, runCli } from "../run-cli.js";

const ORBIT = fixture("deps/orbit");
const TODAY = "2026-11-25";
const run = (...args: string[]) => runCli([...args, "-C", ORBIT, "--today", TODAY]);

interface ShownEpic {
  id: string;
  status: string;
  start: string | null;
  end: string | null;
}

/** Every epic with its dates as the road map has them (SPEC 5), from `show --json`. */
function shownEpics(): Map<string, ShownEpic> {
  const tree = JSON.parse(run("show", "--json").stdout) as {
    themes: { milestones: { epics: ShownEpic[] }[]; unscheduled: ShownEpic[] }[];
  };
  const epics = tree.themes.flatMap((theme) => [
    ...theme.milestones.flatMap((milestone) => milestone.epics),
    ...theme.unscheduled,
  ]);
  return new Map(epics.map((epic) => [epic.id, epic]));
}

/** `depends_on` of every epic, from the JSON export. */
function dependsOn(): Map<string, string[]> {
  const exported = JSON.parse(run("export", "--format", "json").stdout) as {
    epics: { id: string; depends_on?: string[] }[];
  };
  return new Map(exported.epics.map((epic) => [epic.id, epic.depends_on ?? []]));
}

/** The epics lint reports dependency-order on. */
function brokenByLint(): string[] {
  const report = JSON.parse(run("lint", "--format", "json").stdout) as {
    diagnostics: { rule: string; file: string }[];
  };
  return report.diagnostics
    .filter((diagnostic) => diagnostic.rule === "dependency-order")
    .map((diagnostic) => diagnostic.file.replace(/^epics\/|\.yaml$/g, ""));
}

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
    const depends = dependsOn();
    for (const task of tasks) {
      const epic = epics.get(task.id)!;
      const expected = (depends.get(task.id) ?? []).filter((id) => {
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
    expect(crit).toEqual(brokenByLint());
    expect(crit).toEqual(["billing"]);
  });
});
