// `roadmap show --view timeline` (docs/views.md): a Gantt chart of milestones and their epics on a
// month axis (a week axis for ranges up to ~4 months) fitted to the width, quarter boundaries
// marked and labelled, a "today" marker. Colour by status when the Paint has colour. With
// dependencies, each epic still waiting on others gets a mark where each of them ends (`!` when it
// ends after the epic: dependency-order) and a line naming them.

import { toDayNumber } from "../../model/dates.js";
import type { DependencyLink } from "../../model/dependencies.js";
import { type DateRange, epicDates } from "../../model/epic-dates.js";
import type { Located, Roadmap } from "../../model/roadmap.js";
import type { Epic } from "../../model/schemas.js";
import type { Paint } from "../../util/paint.js";
import { plural } from "../../util/plural.js";
import { escapeForTerminal } from "../../util/terminal-text.js";
import { milestoneStatus } from "../milestone-status.js";
import { fitDistinctLabels } from "./distinct-labels.js";
import { fitTo, truncate } from "./fit.js";
import { type ItemStatus, paintStatus, statusGlyph } from "./status-style.js";
import { type Axis, buildAxis } from "./timeline-axis.js";

export interface TimelineOptions {
  width: number;
  today: string;
  paint: Paint;
  fiscalYearStart: number;
  /** Draw each milestone's epics beneath it. */
  epics: boolean;
  /**
   * `--deps`: the links each epic still waits on (model/dependencies.ts, read from the whole
   * road map so a filter does not hide what an epic waits on); undefined draws none.
   */
  unmet?: (epic: Located<Epic>) => DependencyLink[];
}

interface Bar {
  id: string;
  /** Drawn before the title, never cut (indentation and a status glyph). */
  prefix: string;
  label: string;
  dates: DateRange;
  status: ItemStatus;
  milestone: boolean;
  /** What the epic waits on: a mark on its row where each ends, and a line naming them. */
  waits?: DependencyLink[];
}

const WEEK_AXIS_MAX_DAYS = 120;

export function renderTimeline(roadmap: Roadmap, options: TimelineOptions): string {
  const bars = collectBars(roadmap, options);
  const unscheduled = roadmap.epics.filter((epic) => epic.data.milestone === undefined).length;
  const lines: string[] = [];
  let boundary: string | undefined;
  if (bars.length === 0) {
    lines.push("(no milestones to draw)");
  } else {
    const labelWidth = Math.min(40, Math.max(12, Math.floor(options.width * 0.3)));
    const chartWidth = options.width - labelWidth - 1;
    let first = toDayNumber(options.today);
    let last = first;
    for (const bar of bars) {
      first = Math.min(first, toDayNumber(bar.dates.start));
      last = Math.max(last, toDayNumber(bar.dates.end));
    }
    const axis = buildAxis(first, last, chartWidth, {
      weeks: last - first + 1 <= WEEK_AXIS_MAX_DAYS,
      fiscalYearStart: options.fiscalYearStart,
      today: toDayNumber(options.today),
    });
    const gutter = " ".repeat(labelWidth + 1);
    for (const header of axis.headers) lines.push(gutter + options.paint.gray(header));
    const labels = fitDistinctLabels(
      bars.map((bar) => ({ id: bar.id, prefix: bar.prefix, title: bar.label })),
      labelWidth,
    );
    const ends = new Set(bars.filter((bar) => bar.milestone).map((bar) => toDayNumber(bar.dates.end)));
    bars.forEach((bar, index) => {
      lines.push(drawBar(bar, labels[index]!, axis, { labelWidth, paint: options.paint, ends }));
      if (bar.waits !== undefined) lines.push(drawWaits(bar.waits, options.width, options.paint));
    });
    boundary = axis.boundary;
  }
  const legend = `▼ today ${options.today}  █ milestone  ▬ epic${boundary ? `  ┊ ${boundary}` : ""}`;
  lines.push(options.paint.gray(truncate(legend, options.width)));
  if (options.unmet !== undefined) {
    lines.push(options.paint.gray(truncate(DEPS_LEGEND, options.width)));
  }
  if (unscheduled > 0) {
    const note = `${plural(unscheduled, "unscheduled epic")} not drawn`;
    lines.push(options.paint.gray(truncate(note, options.width)));
  }
  return `${lines.join("\n")}\n`;
}

const DEPS_LEGEND = "◆ a dependency ends  ! it ends after the epic (dependency-order)  ↳ waits on";

function collectBars(roadmap: Roadmap, options: TimelineOptions): Bar[] {
  const bars: Bar[] = [];
  for (const milestone of roadmap.milestones) {
    const epics = roadmap.epics.filter((epic) => epic.data.milestone === milestone.id);
    bars.push({
      id: milestone.id,
      prefix: "",
      label: escapeForTerminal(milestone.data.title),
      dates: milestone.data,
      status: milestoneStatus(epics.map((epic) => epic.data)),
      milestone: true,
    });
    if (!options.epics) continue;
    for (const epic of epics) {
      const dates = epicDates(epic.data, roadmap);
      if (dates === undefined) continue;
      const waits = options.unmet?.(epic) ?? [];
      bars.push({
        id: epic.id,
        prefix: `  ${statusGlyph(epic.data.status)} `,
        label: escapeForTerminal(epic.data.title),
        dates,
        status: epic.data.status,
        milestone: false,
        ...(waits.length > 0 ? { waits } : {}),
      });
    }
  }
  return bars;
}

/**
 * One bar. A milestone that starts the day after another ends would share that one's last cell
 * when a cell holds several days: it starts in the next cell instead, so adjacent milestones
 * never draw as one.
 */
function drawBar(
  bar: Bar,
  fittedLabel: string,
  axis: Axis,
  context: { labelWidth: number; paint: Paint; ends: ReadonlySet<number> },
): string {
  const { paint } = context;
  const cells = [...axis.background];
  const start = toDayNumber(bar.dates.start);
  let from = axis.column(start);
  if (bar.milestone && context.ends.has(start - 1) && axis.column(start - 1) === from) {
    from = Math.min(from + 1, cells.length - 1);
  }
  const to = Math.max(from, axis.column(toDayNumber(bar.dates.end)));
  for (let c = from; c <= to; c++) cells[c] = bar.milestone ? "█" : "▬";
  // Where each dependency ends, when the axis reaches it; a broken order wins a shared cell. A
  // dropped dependency ends nothing: its line names it.
  const ending = (bar.waits ?? []).filter((link) => link.dependency.data.status !== "dropped");
  for (const link of ending.sort((a, b) => Number(a.broken) - Number(b.broken))) {
    const end = columnOnAxis(link.dependencyEnd, axis);
    if (end !== undefined) cells[end] = link.broken ? "!" : "◆";
  }
  const label = fitTo(fittedLabel, context.labelWidth);
  // Paint runs rather than cells: one escape sequence per run keeps the output small.
  const before = cells.slice(0, from).join("");
  const inside = cells.slice(from, to + 1).join("");
  const after = cells.slice(to + 1).join("");
  const styledLabel = bar.milestone ? paint.bold(label) : paintStatus(paint, bar.status, label);
  return `${styledLabel} ${paintGrid(before, paint)}${paintStatus(paint, bar.status, inside)}${paintGrid(after, paint)}`.trimEnd();
}

/** The column of a date, when there is one and the axis reaches it. */
function columnOnAxis(date: string | undefined, axis: Axis): number | undefined {
  if (date === undefined) return undefined;
  const day = toDayNumber(date);
  return day >= axis.first && day <= axis.last ? axis.column(day) : undefined;
}

/** `    ↳ search ◐, billing ○ !`: the ids the epic waits on, each with its status. */
function drawWaits(links: DependencyLink[], width: number, paint: Paint): string {
  const names = links.map(
    (link) =>
      `${escapeForTerminal(link.dependency.id)} ${statusGlyph(link.dependency.data.status)}${link.broken ? " !" : ""}`,
  );
  const text = truncate(`      ↳ ${names.join(", ")}`, width);
  return links.some((link) => link.broken) ? paint.red(text) : paint.gray(text);
}

function paintGrid(text: string, paint: Paint): string {
  return text.replace(/[^▼│!]+|[▼│!]+/g, (run) => (/^[▼│!]/.test(run) ? paint.red(run) : paint.gray(run)));
}
