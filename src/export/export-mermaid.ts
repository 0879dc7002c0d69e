// `export --format mermaid` (docs/export.md): a Mermaid `gantt` chart, one section per theme,
// one task per epic that has dates (its own, else its milestone's). GitHub renders it inside
// a ```mermaid block. Dates are inclusive, as in the road map (`inclusiveEndDates`).
//
// Every task has an id, so that `after` can name it. Mermaid starts an `after` task the day after
// the latest end among the tasks it names, and draws no arrows: what it shows of a dependency is
// that start. So `after` is written where it draws the epic on its own dates (docs/export.md,
// "mermaid"), and an epic scheduled to end before what it depends on is tagged `crit` (red).

import { addDays } from "../model/dates.js";
import { type DependencyLink, linksOf } from "../model/dependencies.js";
import { type DateRange, epicDates } from "../model/epic-dates.js";
import { compareText, type Located, type Roadmap } from "../model/roadmap.js";
import type { Epic, EpicStatus } from "../model/schemas.js";
import { maxOf } from "../util/spread-free.js";

const STATUS_TAGS: Record<EpicStatus, string> = {
  done: "done, ",
  "in-progress": "active, ",
  planned: "",
  proposed: "",
  dropped: "",
};

/** Mermaid reads these as tags, not ids, at the start of a task's data. */
const TAG_WORDS = new Set(["active", "done", "crit", "milestone", "vert"]);

/**
 * Mermaid resolves `after` in passes over the tasks in file order, 11 at most; each `after` that
 * names a task further down the file needs one more pass.
 */
const MERMAID_PASSES = 11;

interface Task {
  epic: Located<Epic>;
  dates: DateRange;
  section: string;
}

export function renderMermaidExport(roadmap: Roadmap): string {
  const lines = [
    "gantt",
    `  title ${escapeMermaid(roadmap.mission?.data.name ?? "Road map")}`,
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %Y-%m",
    "  inclusiveEndDates",
  ];
  const tasks = tasksInFileOrder(roadmap);
  const after = chooseAfter(tasks, roadmap);
  let section: string | undefined;
  for (const task of tasks) {
    if (task.section !== section) {
      section = task.section;
      lines.push(`  section ${escapeMermaid(section)}`);
    }
    lines.push(`    ${taskLine(task, after.get(task.epic.id), roadmap)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** One section per theme (by id), its epics with dates by start date (then id). */
function tasksInFileOrder(roadmap: Roadmap): Task[] {
  return roadmap.themes.flatMap((theme) => {
    const tasks = roadmap.epics.flatMap((epic) => {
      if (epic.data.theme !== theme.id) return [];
      const dates = epicDates(epic.data, roadmap);
      return dates === undefined ? [] : [{ epic, dates, section: theme.data.title }];
    });
    return tasks.sort((a, b) => compareText(a.dates.start, b.dates.start));
  });
}

function taskLine(task: Task, after: string[] | undefined, roadmap: Roadmap): string {
  const { epic, dates } = task;
  const name = epic.data.status === "dropped" ? `${epic.data.title} (dropped)` : epic.data.title;
  const broken = linksOf(epic, roadmap).some((link) => link.broken) ? "crit, " : "";
  const start = after === undefined ? dates.start : `after ${after.map(mermaidId).join(" ")}`;
  return `${escapeMermaid(name)} :${STATUS_TAGS[epic.data.status]}${broken}${mermaidId(epic.id)}, ${start}, ${dates.end}`;
}

/**
 * For each epic that gets `after`, the ids it names: its live dependencies on the chart that end
 * the day before it starts (Mermaid then starts it on its own start date, whichever of them it
 * reads first). Dependencies that end earlier or later are not named: `after` would move the bar.
 * Tasks are decided by start date, so the tasks an epic names are decided before it.
 */
function chooseAfter(tasks: Task[], roadmap: Roadmap): Map<string, string[]> {
  const position = new Map(tasks.map((task, index) => [task.epic.id, index]));
  const dates = new Map(tasks.map((task) => [task.epic.id, task.dates]));
  const after = new Map<string, string[]>();
  // The pass in which Mermaid learns each task's start: the first with a date, else a pass after
  // the tasks it names (two after one further down the file, read in the next pass).
  const pass = new Map<string, number>();
  const byStart = [...tasks].sort((a, b) => compareText(a.dates.start, b.dates.start));
  for (const task of byStart) {
    const ids = dependenciesEndingBefore(task, roadmap, dates);
    const needed = maxOf(
      ids.map((id) => pass.get(id)! + (position.get(id)! > position.get(task.epic.id)! ? 1 : 0)),
      1,
    );
    if (ids.length > 0 && needed <= MERMAID_PASSES) after.set(task.epic.id, ids);
    pass.set(task.epic.id, after.has(task.epic.id) ? needed : 1);
  }
  return after;
}

function dependenciesEndingBefore(
  task: Task,
  roadmap: Roadmap,
  dates: ReadonlyMap<string, DateRange>,
): string[] {
  if (task.epic.data.status === "dropped") return [];
  const dayBefore = addDays(task.dates.start, -1);
  return linksOf(task.epic, roadmap)
    .filter((link: DependencyLink) => link.dependency.data.status !== "dropped")
    .filter((link) => dates.get(link.dependency.id)?.end === dayBefore)
    .map((link) => link.dependency.id);
}

/** The epic's id as a Mermaid task id: a tag word gets a `_` (epic ids never hold one). */
function mermaidId(id: string): string {
  return TAG_WORDS.has(id) ? `${id}_` : id;
}

/** Words that start a statement rather than a task when a line begins with them. */
const KEYWORDS =
  /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|acctitle|accdescr|click|displaymode|gantt)\b/i;

/**
 * Text safe in a task or section name: `:` ends a name, `#` and `;` start an entity or end a
 * statement, `%%` a comment; `<` and `>` never reach the SVG as markup. Mermaid decodes `#58;`-style entities back when it draws, so the
 * reader sees the original characters. A name that begins with a keyword gets its first
 * letter as an entity, so it is not read as that statement.
 */
export function escapeMermaid(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const escaped = flat.replace(/[#:;%<>]/g, (char) => `#${char.charCodeAt(0)};`);
  return KEYWORDS.test(escaped) ? `#${escaped.charCodeAt(0)};${escaped.slice(1)}` : escaped || "#32;";
}
