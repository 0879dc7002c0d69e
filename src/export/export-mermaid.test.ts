import { expect, test } from "vitest";
import { readGantt } from "../../test/mermaid-gantt.js";
import { makeRoadmap } from "../lint/test-roadmap.js";
import { epicDates } from "../model/epic-dates.js";
import { renderMermaidExport } from "./export-mermaid.js";

test("an epic id Mermaid reads as a tag gets a suffix, also where after names it", () => {
  const roadmap = makeRoadmap({
    themes: { t: {} },
    milestones: { q1: {}, q2: { start: "2026-04-01", end: "2026-06-30" } },
    epics: { done: { milestone: "q1", status: "done" }, crit: { milestone: "q2", depends_on: ["done"] } },
  });
  const tasks = readGantt(renderMermaidExport(roadmap));
  expect(tasks.map((task) => [task.id, task.tags, task.after, task.start])).toEqual([
    ["done_", ["done"], [], "2026-01-01"],
    ["crit_", [], ["done_"], "2026-04-01"],
  ]);
});

test("after is left out where Mermaid would need more than its 11 passes to place the epic", () => {
  // Each epic waits on one in a theme whose section comes later in the file: one more pass each.
  const count = 14;
  const themes = Object.fromEntries(Array.from({ length: count }, (_, i) => [`t${pad(i)}`, {}]));
  const milestones = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`m${pad(i)}`, { start: month(i, 1), end: month(i + 1, 0) }]),
  );
  const epics = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `e${pad(i)}`,
      {
        theme: `t${pad(count - 1 - i)}`,
        milestone: `m${pad(i)}`,
        depends_on: i > 0 ? [`e${pad(i - 1)}`] : [],
      },
    ]),
  );
  const roadmap = makeRoadmap({ themes, milestones, epics });
  const tasks = readGantt(renderMermaidExport(roadmap));
  // Every epic is drawn on its own dates, whether it got after or not.
  for (const task of tasks) {
    expect([task.start, task.end]).toEqual(
      Object.values(epicDates(roadmap.epicById.get(task.id)!.data, roadmap)!),
    );
  }
  const withAfter = tasks.filter((task) => task.after.length > 0).length;
  expect(withAfter).toBeGreaterThan(8);
  expect(withAfter).toBeLessThan(count - 1);
});

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Day `day` of the n-th month from 2026-01 (day 0: the last day of the month before). */
function month(n: number, day: number): string {
  const date = new Date(Date.UTC(2026, n, day));
  return date.toISOString().slice(0, 10);
}
