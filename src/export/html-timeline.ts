// The HTML page's timeline (docs/export.md, "html"): a real time axis over a window (a tick per
// month, quarters labelled per fiscal_year_start, a line for today), one row per milestone with
// its live epics as bars beneath it (their own dates when set), each epic a `<details>` that opens
// on what it holds, and an arrow from each epic to the epics that wait on it (html-arrows.ts),
// red where the order is broken. A note says what lies outside the window.

import { monthName } from "../model/dates.js";
import { type DateRange, epicDates } from "../model/epic-dates.js";
import { formatPercent, wholePercent } from "../model/percent.js";
import { overlaps } from "../model/quarter.js";
import type { Located } from "../model/roadmap.js";
import type { Epic, Milestone } from "../model/schemas.js";
import type { Rollup } from "../rollup/rollup.js";
import { pushAll } from "../util/spread-free.js";
import { milestoneStatus } from "../views/milestone-status.js";
import { type ArrowRow, drawArrows } from "./html-arrows.js";
import { type EpicPage, renderEpicDetails } from "./html-epic.js";
import { cssPercent, escapeHtml, htmlDate, htmlDates, statusBadge } from "./html-text.js";
import {
  monthTicks,
  type PageWindow,
  positionAfter,
  positionOf,
  quarterLabels,
  shortQuarter,
} from "./html-window.js";
import { describeOutside } from "./html-window-notes.js";

export interface TimelineContext extends EpicPage {
  rollup: Rollup;
  window: PageWindow;
  today: string;
}

interface Row extends ArrowRow {
  kind: "milestone" | "epic";
  title: string;
  dates: DateRange | undefined;
  status: string;
  progress: number;
  epic?: Located<Epic>;
}

export function renderTimelineSection(context: TimelineContext): string {
  const { roadmap, window, dates } = context;
  const rows = collectRows(context);
  const parts = [
    '<section id="timeline">',
    "<h2>Timeline</h2>",
    `<p class="muted window">From ${htmlDates(window, dates).replace(" –&nbsp;", " to&nbsp;")}.</p>`,
  ];
  const links = context.dependencies.links;
  const arrows = drawArrows(rows, links);
  const late = new Set(links.filter((link) => link.broken).map((link) => link.epic.id));
  parts.push(
    `<div class="gantt" style="--grid:${gridBackground(context)}">`,
    ARROW_MARKERS,
    renderAxis(context),
  );
  pushAll(
    parts,
    rows.map((row, index) => renderRow(row, arrows.get(index) ?? [], late, context)),
  );
  parts.push("</div>");
  if (rows.length === 0) parts.push('<p class="muted">No milestone falls in this window.</p>');
  pushAll(
    parts,
    describeOutside(roadmap, window, dates).map((note) => `<p class="muted outside">${note}</p>`),
  );
  parts.push(`<p class="muted legend">${legend(context, rows)}</p>`, "</section>");
  return parts.join("\n");
}

/** Milestones that reach into the window (start-date order), each followed by its live epics by start. */
function collectRows({ roadmap, rollup, window }: TimelineContext): Row[] {
  const progressOf = new Map([...rollup.milestones, ...rollup.epics].map((node) => [node.id, node.progress]));
  const rows: Row[] = [];
  for (const milestone of roadmap.milestones) {
    if (!overlaps(milestone.data, window)) continue;
    const epics = roadmap.epics.filter((epic) => epic.data.milestone === milestone.id);
    rows.push(milestoneRow(milestone, epics, progressOf.get(milestone.id) ?? 0, window));
    const live = epics
      .filter((epic) => epic.data.status !== "dropped")
      .map((epic) => ({ epic, dates: epicDates(epic.data, roadmap) }))
      .sort((a, b) => compareDates(a.dates, b.dates) || (a.epic.id < b.epic.id ? -1 : 1));
    for (const { epic, dates } of live) {
      rows.push({
        kind: "epic",
        id: epic.id,
        title: epic.data.title,
        dates,
        status: epic.data.status,
        progress: progressOf.get(epic.id) ?? 0,
        epic,
        ...span(dates, window),
      });
    }
  }
  return rows;
}

function milestoneRow(
  milestone: Located<Milestone>,
  epics: Located<Epic>[],
  progress: number,
  window: PageWindow,
): Row {
  return {
    kind: "milestone",
    id: milestone.id,
    title: milestone.data.title,
    dates: milestone.data,
    status: milestoneStatus(epics.map((epic) => epic.data)),
    progress,
    ...span(milestone.data, window),
  };
}

/** Where a bar starts and ends across the window (0..100), cut at its edges; none outside it. */
function span(dates: DateRange | undefined, window: PageWindow): Pick<Row, "left" | "right"> {
  if (dates === undefined || !overlaps(dates, window)) return { left: undefined, right: undefined };
  return {
    left: Math.max(0, positionOf(window, dates.start)),
    right: Math.min(100, positionAfter(window, dates.end)),
  };
}

function compareDates(a: DateRange | undefined, b: DateRange | undefined): number {
  const start =
    (a?.start ?? "9999") < (b?.start ?? "9999") ? -1 : (a?.start ?? "9999") > (b?.start ?? "9999") ? 1 : 0;
  if (start !== 0) return start;
  return (a?.end ?? "") < (b?.end ?? "") ? -1 : (a?.end ?? "") > (b?.end ?? "") ? 1 : 0;
}

/** The scale above the rows: quarter labels, a tick per month, the line for today. */
function renderAxis({ window, today, dates }: TimelineContext): string {
  const quarters = quarterLabels(window, dates.fiscalYearStart).map(
    (label) =>
      `<span class="quarter" data-quarter="${label.id}" style="left:${cssPercent(label.at)}"><b class="long">${label.id}</b><b class="short">${shortQuarter(label.id)}</b></span>`,
  );
  const months = monthTicks(window, dates.fiscalYearStart).map(
    (tick) =>
      `<span class="tick${tick.quarterStart ? " quarter-start" : ""}" data-date="${tick.date}" style="left:${cssPercent(tick.at)}"><b class="long">${monthName(tick.date)}</b><b class="short">${monthName(tick.date).slice(0, 1)}</b></span>`,
  );
  const todayMark = overlaps({ start: today, end: today }, window)
    ? `<span class="today" data-date="${escapeHtml(today)}" style="left:${cssPercent(positionOf(window, today))}" title="today"></span>`
    : "";
  return [
    '<div class="axis" aria-hidden="true"><span></span>',
    `<div class="scale">${quarters.join("")}${months.join("")}${todayMark}</div>`,
    "</div>",
  ].join("");
}

/** `late`: epics scheduled to end before something they wait on (outlined in red). */
function renderRow(row: Row, arrows: string[], late: ReadonlySet<string>, context: TimelineContext): string {
  const when = row.dates === undefined ? "unscheduled" : htmlDates(row.dates, context.dates);
  const bar =
    row.left === undefined || row.right === undefined
      ? ""
      : `<span class="span status-${escapeHtml(row.status)}${clipClasses(row, context.window)}${row.kind === "epic" && late.has(row.id) ? " late" : ""}" style="left:${cssPercent(row.left)};width:${cssPercent(row.right - row.left)}"><span style="width:${wholePercent(row.progress)}%"></span></span>`;
  const svg = arrows.length === 0 ? "" : `<svg class="deps" aria-hidden="true">${arrows.join("")}</svg>`;
  const track = `<span class="track">${bar}${svg}</span>`;
  if (row.kind === "milestone" || row.epic === undefined) {
    const label = `<span class="label"><strong>${escapeHtml(row.title)}</strong> <small>${when} · ${formatPercent(row.progress)}</small></span>`;
    return `<div class="row milestone" id="timeline-milestone-${escapeHtml(row.id)}">${label}${track}</div>`;
  }
  const label = `<span class="label"><span class="title" title="${escapeHtml(row.title)}">${escapeHtml(row.title)}</span> ${statusBadge(row.status)}</span>`;
  return [
    `<details class="row epic" id="timeline-${escapeHtml(row.id)}">`,
    `<summary>${label}${track}</summary>`,
    renderEpicDetails(row.epic, context),
    "</details>",
  ].join("");
}

/** A bar cut by the window's edge says so (its real dates are in the label). */
function clipClasses(row: Row, window: PageWindow): string {
  const classes: string[] = [];
  if (row.dates !== undefined && row.dates.start < window.start) classes.push("clip-start");
  if (row.dates !== undefined && row.dates.end > window.end) classes.push("clip-end");
  return classes.map((name) => ` ${name}`).join("");
}

/**
 * The grid every track paints behind its bar (one CSS custom property, set once): a thin line at
 * each month start, a darker one at each quarter start, and the red line of today.
 */
function gridBackground({ window, today, dates }: TimelineContext): string {
  const lines = monthTicks(window, dates.fiscalYearStart)
    .filter((tick) => tick.at > 0)
    .map((tick) => line(tick.at, tick.quarterStart ? "var(--quarter-line)" : "var(--month-line)", 1));
  if (overlaps({ start: today, end: today }, window)) {
    lines.push(line(positionOf(window, today), "var(--today)", 2));
  }
  return lines.join(",") || "none";
}

function line(at: number, colour: string, width: number): string {
  const p = cssPercent(at);
  return `linear-gradient(to right,transparent ${p},${colour} ${p},${colour} calc(${p} + ${width}px),transparent calc(${p} + ${width}px))`;
}

function legend({ window, today, dates }: TimelineContext, rows: Row[]): string {
  const parts = [
    "Each milestone is a bar, filled as far as its stories are done, with its epics beneath; open an epic for its owner, stories and more.",
  ];
  if (overlaps({ start: today, end: today }, window))
    parts.push(`The red line is today, ${htmlDate(today, { ...dates, quarters: false })}.`);
  else parts.push(`Today (${htmlDate(today, { ...dates, quarters: false })}) is outside this window.`);
  if (rows.some((row) => row.kind === "epic"))
    parts.push(
      'Arrows lead from an epic to the epics that wait on it; <span class="broken">red</span> where an epic is scheduled to end before what it waits on.',
    );
  return parts.join(" ");
}

/** Arrowheads, defined once for every track's arrows. */
const ARROW_MARKERS =
  '<svg class="markers" width="0" height="0" aria-hidden="true"><defs>' +
  '<marker id="dep-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" class="dep-head"/></marker>' +
  '<marker id="dep-arrow-broken" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z" class="dep-head broken"/></marker>' +
  "</defs></svg>";
