// `roadmap show --view timeline` (SPEC 5): a Gantt chart of milestones and their epics on a
// month axis (a week axis for ranges up to ~4 months) fitted to the width, quarter boundaries
// marked and labelled, a "today" marker. Colour by status when the Paint has colour.
import { toDayNumber } from "../../model/dates.js";
import { type DateRange, epicDates } from "../../model/epic-dates.js";
import type { Roadmap } from "../../model/roadmap.js";
import type { Epic } from "../../model/schemas.js";
import type { Paint } from "../../util/paint.js";
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
}

interface Bar {
  label: string;
  dates: DateRange;
  status: ItemStatus;
  milestone: boolean;
}

const WEEK_AXIS_MAX_DAYS = 120;

export function renderTimeline(roadmap: Roadmap, options: TimelineOptions): string {
  const bars = collectBars(roadmap, options.epics);
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
    for (const bar of bars) lines.push(drawBar(bar, axis, labelWidth, options.paint));
    boundary = axis.boundary;
  }
  const legend = `▼ today ${options.today}  █ milestone  ▬ epic${boundary ? `  ┊ ${boundary}` : ""}`;
  lines.push(options.paint.gray(truncate(legend, options.width)));
  if (unscheduled > 0) {
    const note = `${unscheduled} unscheduled epic${unscheduled === 1 ? "" : "s"} not drawn`;
    lines.push(options.paint.gray(truncate(note, options.width)));
  }
  return `${lines.join("\n")}\n`;
}

function collectBars(roadmap: Roadmap, withEpics: boolean): Bar[] {
  const bars: Bar[] = [];
  for (const milestone of roadmap.milestones) {
    const epics = roadmap.epics
      .filter((epic) => epic.data.milestone === milestone.id)
      .map((epic) => epic.data);
    bars.push({
      label: milestone.data.title,
      dates: milestone.data,
      status: milestoneStatus(epics),
      milestone: true,
    });
    if (!withEpics) continue;
    for (const epic of epics) {
      const dates = epicDates(epic, roadmap);
      if (dates === undefined) continue;
      bars.push({
        label: `  ${statusGlyph(epic.status)} ${epic.title}`,
        dates,
        status: epic.status,
        milestone: false,
      });
    }
  }
  return bars;
}

/** A milestone is done when every live epic is, under way when any has started. */
function milestoneStatus(epics: Epic[]): ItemStatus {
  const live = epics.filter((epic) => epic.status !== "dropped");
  if (live.length === 0) return "proposed";
  if (live.every((epic) => epic.status === "done")) return "done";
  if (live.some((epic) => epic.status === "done" || epic.status === "in-progress")) return "in-progress";
  return "planned";
}

function drawBar(bar: Bar, axis: Axis, labelWidth: number, paint: Paint): string {
  const cells = [...axis.background];
  const from = axis.column(toDayNumber(bar.dates.start));
  const to = Math.max(from, axis.column(toDayNumber(bar.dates.end)));
  for (let c = from; c <= to; c++) cells[c] = bar.milestone ? "█" : "▬";
  const label = fitTo(bar.label, labelWidth);
  // Paint runs rather than cells: one escape sequence per run keeps the output small.
  const before = cells.slice(0, from).join("");
  const inside = cells.slice(from, to + 1).join("");
  const after = cells.slice(to + 1).join("");
  const styledLabel = bar.milestone ? paint.bold(label) : paintStatus(paint, bar.status, label);
  return `${styledLabel} ${paintGrid(before, paint)}${paintStatus(paint, bar.status, inside)}${paintGrid(after, paint)}`.trimEnd();
}

function paintGrid(text: string, paint: Paint): string {
  return text.replace(/[^▼│]+|[▼│]+/g, (run) =>
    run.startsWith("│") || run.startsWith("▼") ? paint.red(run) : paint.gray(run),
  );
}
