// Reads a Mermaid gantt chart by the rules of Mermaid's own gantt parser (ganttDb), so tests can
// check what GitHub will draw without a browser: a task line is `name :data`; the name holds no
// `:`, the data no `#` or `;`; the data is split at commas, leading tags (active, done, crit,
// milestone, vert) are taken off, and three fields remain: id, start, end. A start written
// `after a b` is the latest end among those tasks; Mermaid resolves such starts in at most 11
// passes over the tasks in file order, and while the FIRST id it names is unresolved the task
// waits for the next pass (a later id that is unresolved is silently skipped).
import { expect } from "vitest";

export interface GanttTask {
  line: number;
  name: string;
  tags: string[];
  id: string;
  /** The ids of `after`, empty when the start is a date. */
  after: string[];
  /** Days as Mermaid draws them with inclusiveEndDates: first day and last day. */
  start: string;
  end: string;
}

const TAGS = ["active", "done", "crit", "milestone", "vert"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AFTER = /^after\s+([\w- ]+)$/;
const PASSES = 11;

/** Parses every task line and resolves every start as Mermaid would, failing on what Mermaid cannot read. */
export function readGantt(text: string): GanttTask[] {
  const lines = text.trimEnd().split("\n");
  expect(lines[0]).toBe("gantt");
  expect(lines).toContain("  inclusiveEndDates");
  expect(lines).toContain("  dateFormat YYYY-MM-DD");
  const raw: { line: number; name: string; tags: string[]; id: string; start: string; end: string }[] = [];
  lines.forEach((line, index) => {
    if (!line.startsWith("    ")) return;
    const colon = line.indexOf(":");
    expect(colon, line).toBeGreaterThan(0);
    const data = line.slice(colon + 1);
    expect(data, `no # or ; in task data: ${line}`).not.toMatch(/[#;]/);
    const fields = data.split(",").map((field) => field.trim());
    const tags: string[] = [];
    while (fields[0] !== undefined && TAGS.includes(fields[0])) tags.push(fields.shift()!);
    expect(fields, `id, start, end: ${line}`).toHaveLength(3);
    const [id, start, end] = fields as [string, string, string];
    expect(id, line).toMatch(/^[\w-]+$/);
    expect(end, line).toMatch(DATE);
    raw.push({ line: index + 1, name: line.slice(4, colon).trim(), tags, id, start, end });
  });
  const ids = raw.map((task) => task.id);
  expect(new Set(ids).size, "task ids are unique").toBe(ids.length);

  const endOf = new Map(raw.map((task) => [task.id, task.end]));
  // Tasks whose start Mermaid knows, with their end (a date, known once the start is).
  const resolved = new Map<string, string>();
  const starts = new Map<string, string>();
  for (let pass = 0; pass < PASSES && starts.size < raw.length; pass++) {
    for (const task of raw) {
      if (starts.has(task.id)) continue;
      const start = startOf(task.start, resolved, ids);
      if (start === undefined) continue;
      starts.set(task.id, start);
      resolved.set(task.id, endOf.get(task.id)!);
    }
  }
  return raw.map((task) => {
    const start = starts.get(task.id);
    expect(start, `Mermaid resolves the start of ${task.id} within ${PASSES} passes`).toBeDefined();
    const after = AFTER.exec(task.start)?.[1]?.split(" ") ?? [];
    return { ...task, after, start: start!, end: task.end };
  });
}

/** A date start as it is; an `after` start the day after the latest end, once the first-named task's is known. */
function startOf(text: string, resolved: ReadonlyMap<string, string>, ids: string[]): string | undefined {
  if (DATE.test(text)) return text;
  const match = AFTER.exec(text);
  expect(match, `a start is a date or "after <ids>": ${text}`).not.toBeNull();
  const named = match![1]!.split(" ");
  for (const id of named) expect(ids, `after names a task: ${id}`).toContain(id);
  const first = resolved.get(named[0]!);
  if (first === undefined) return undefined;
  // Mermaid keeps the latest end among the resolved ids it reads after the first.
  const ends = named.map((id) => resolved.get(id)).filter((end): end is string => end !== undefined);
  return dayAfter(ends.sort().at(-1)!);
}

/** The next calendar day of a YYYY-MM-DD date. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
