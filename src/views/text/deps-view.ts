// `roadmap show --view deps <epic>` (docs/views.md, "Dependencies"): the chain of what an epic
// waits on and of what waits on it, as two trees, each epic with its status, its end and the
// latest end on the paths below it; then the critical path to the epic's due date (its milestone's
// end unless it has its own) and the longest wait on it. A broken order (dependency-order) is
// marked `!`. Every line fits the width; road-map text is terminal-safe.
import { daysBetween } from "../../model/dates.js";
import { epicDates, epicDueDate } from "../../model/epic-dates.js";
import type { Located, Roadmap } from "../../model/roadmap.js";
import type { Epic } from "../../model/schemas.js";
import type { Paint } from "../../util/paint.js";
import { plural } from "../../util/plural.js";
import { pushAll } from "../../util/spread-free.js";
import { escapeForTerminal } from "../../util/terminal-text.js";
import { type DateStyle, describeDate, describeDates } from "../date-style.js";
import { buildChain, type ChainNode, criticalPath } from "../dependency-chain.js";
import { fitTo, truncate, wrap } from "./fit.js";
import { paintStatus, statusGlyph } from "./status-style.js";

export interface DepsViewOptions {
  width: number;
  paint: Paint;
  dates: DateStyle;
}

interface Columns {
  status: boolean;
  ends: boolean;
  date: number;
}

const STATUS_WIDTH = 11;
const MIN_LABEL = 16;

export function renderDeps(roadmap: Roadmap, epic: Located<Epic>, options: DepsViewOptions): string {
  const { width, paint } = options;
  const lines = [paint.bold(truncate(describeEpic(epic, roadmap, options.dates), width)), ""];
  const waitsOn = buildChain(roadmap, epic, "waits-on");
  const waitedOnBy = buildChain(roadmap, epic, "waited-on-by");
  const columns = chooseColumns(width, options.dates);
  pushAll(lines, drawTree("Waits on", waitsOn, columns, options)).push("");
  pushAll(lines, drawTree("Waited on by", waitedOnBy, columns, options)).push("");
  for (const sentence of [
    describeCriticalPath(waitsOn, roadmap, options.dates),
    describeLongestWait(waitedOnBy, options.dates),
  ]) {
    if (sentence !== undefined) pushAll(lines, wrap(sentence, width));
  }
  if (hasBrokenLink(waitsOn) || hasBrokenLink(waitedOnBy)) {
    lines.push(paint.red(truncate("! ends after the epic that waits on it (dependency-order)", width)));
  }
  return `${lines.join("\n")}\n`;
}

/** `○ Mobile shop app (mobile-app) · planned · 2027-01-01 – 2027-03-31 · Winter mobile` */
function describeEpic(epic: Located<Epic>, roadmap: Roadmap, dates: DateStyle): string {
  const parts = [`${statusGlyph(epic.data.status)} ${label(epic)}`, epic.data.status];
  const range = epicDates(epic.data, roadmap);
  parts.push(range === undefined ? "unscheduled" : describeDates(range, dates));
  const milestone =
    epic.data.milestone === undefined ? undefined : roadmap.milestoneById.get(epic.data.milestone);
  if (milestone !== undefined) parts.push(safe(milestone.data.title));
  return parts.join(" · ");
}

/** Room for the status word and two date columns; narrower terminals keep the titles first. */
function chooseColumns(width: number, dates: DateStyle): Columns {
  const date = dates.quarters ? 7 : 10;
  if (width >= MIN_LABEL + STATUS_WIDTH + 2 * date + 6) return { status: true, ends: true, date };
  if (width >= MIN_LABEL + date + 2) return { status: false, ends: false, date };
  return { status: false, ends: false, date: 0 };
}

function drawTree(title: string, root: ChainNode, columns: Columns, options: DepsViewOptions): string[] {
  const { width, paint } = options;
  if (root.links.length === 0) return [truncate(`${title} nothing.`, width)];
  const header = [title, ...rightColumns(columns, "status", "ends", "path ends")];
  const lines = [paint.gray(layoutRow(header[0]!, header.slice(1), width, columns))];
  const drawn = new Set([root.epic.id]);
  const walk = (node: ChainNode, prefix: string): void => {
    node.links.forEach((link, index) => {
      const last = index === node.links.length - 1;
      const { epic } = link.node;
      const repeated = drawn.has(epic.id);
      drawn.add(epic.id);
      const text = `${link.broken ? "! " : ""}${statusGlyph(epic.data.status)} ${label(epic)}${repeated ? " (see above)" : ""}`;
      const ends = link.node.dates === undefined ? "—" : describeDate(link.node.dates.end, options.dates);
      const latest = link.node.latest === undefined ? "—" : describeDate(link.node.latest.end, options.dates);
      const room = width - prefix.length - 3;
      if (room < 1) {
        lines.push(paint.gray(truncate(prefix, width)));
        if (!repeated) walk(link.node, `${prefix}   `);
        return;
      }
      const row = layoutRow(text, rightColumns(columns, epic.data.status, ends, latest), room, columns);
      const style = link.broken
        ? paint.red
        : epic.data.status === "dropped"
          ? paint.dim
          : (line: string) => paintStatus(paint, epic.data.status, line);
      lines.push(paint.gray(prefix + (last ? "└─ " : "├─ ")) + style(row));
      if (!repeated) walk(link.node, prefix + (last ? "   " : "│  "));
    });
  };
  walk(root, "");
  return lines.map((line) => line.trimEnd());
}

function rightColumns(columns: Columns, status: string, ends: string, latest: string): string[] {
  if (columns.date === 0) return [];
  const cells = [latest.padEnd(columns.date)];
  if (columns.ends) cells.unshift(ends.padEnd(columns.date));
  if (columns.status) cells.unshift(status.padEnd(STATUS_WIDTH));
  return cells;
}

/** The label cut to leave room for the right-hand cells, which are never cut. */
function layoutRow(text: string, cells: string[], width: number, columns: Columns): string {
  if (cells.length === 0 || columns.date === 0) return truncate(text, width);
  const right = ` ${cells.join(" ")}`;
  const room = width - right.length;
  if (room < 1) return truncate(text, width);
  return `${fitTo(text, room)}${right}`.trimEnd();
}

function describeCriticalPath(root: ChainNode, roadmap: Roadmap, dates: DateStyle): string | undefined {
  if (root.links.length === 0) return undefined;
  const path = criticalPath(root).reverse();
  if (path.length === 1) return "Nothing it waits on has dates.";
  const steps = path
    .slice(0, -1)
    .map((node) => `${safe(node.epic.data.title)} (ends ${describeDate(node.dates!.end, dates)})`);
  const lastEnd = path[0]!.dates!.end;
  const due = epicDueDate(root.epic.data, roadmap);
  const name = safe(root.epic.data.title);
  if (due === undefined) return `Critical path: ${steps.join(" → ")} → ${name}, which is unscheduled.`;
  const milestone =
    root.epic.data.milestone === undefined ? undefined : roadmap.milestoneById.get(root.epic.data.milestone);
  const ofMilestone =
    milestone !== undefined && milestone.data.end === due ? ` with ${safe(milestone.data.title)}` : "";
  return `Critical path: ${steps.join(" → ")} → ${name}, due ${describeDate(due, dates)}${ofMilestone}: ${describeSlack(lastEnd, due, dates)}.`;
}

/** How the last thing waited for ends against the due date, in days (not for a public road map). */
function describeSlack(lastEnd: string, due: string, dates: DateStyle): string {
  const days = daysBetween(lastEnd, due);
  if (days < 0) return dates.quarters ? "ends too late" : `${plural(-days, "day")} late`;
  return dates.quarters ? "in time" : `${plural(days, "day")} to spare`;
}

function describeLongestWait(root: ChainNode, dates: DateStyle): string | undefined {
  const path = criticalPath(root);
  if (path.length === 1) return undefined;
  const steps = path.map((node) => safe(node.epic.data.title));
  const end = path.at(-1)!.latest!.end;
  return `Longest wait on it: ${steps.join(" → ")} (ends ${describeDate(end, dates)}).`;
}

function hasBrokenLink(root: ChainNode): boolean {
  const seen = new Set<string>();
  const visit = (node: ChainNode): boolean => {
    if (seen.has(node.epic.id)) return false;
    seen.add(node.epic.id);
    return node.links.some((link) => link.broken || visit(link.node));
  };
  return visit(root);
}

/** `Product search (search)`, terminal-safe. */
function label(epic: Located<Epic>): string {
  return `${safe(epic.data.title)} (${safe(epic.id)})`;
}

function safe(text: string): string {
  return escapeForTerminal(text);
}
