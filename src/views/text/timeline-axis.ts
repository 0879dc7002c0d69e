// The time axis of the timeline: which column a day falls in, the header lines (quarter labels,
// month or week labels, a rule with the "today" marker) and the background every row starts from
// (quarter boundaries and today). Days are counted in UTC day numbers so time zones never shift
// a bar.
import {
  addMonths,
  firstOfMonth,
  fromDayNumber,
  lastOfMonth,
  monthName,
  toDayNumber,
  weekdayOf,
} from "../../model/dates.js";
import { formatQuarter, quarterOf, startsQuarter } from "../../model/quarter.js";

export interface Axis {
  headers: string[];
  /** One cell per column: blank, "┊" at a quarter (or year) start, "│" today. */
  background: string[];
  /** What the "┊" marks stand for, for the legend; undefined when nothing is marked. */
  boundary: "quarter start" | "year start" | undefined;
  /** The first and last day the axis covers (whole months or weeks). */
  first: number;
  last: number;
  column(day: number): number;
}

interface Tick {
  day: number;
  label: string;
  quarterStart: boolean;
}

export function buildAxis(
  firstDay: number,
  lastDay: number,
  width: number,
  options: { weeks: boolean; fiscalYearStart: number; today: number },
): Axis {
  const { first, last } = options.weeks ? snapToWeeks(firstDay, lastDay) : snapToMonths(firstDay, lastDay);
  const days = last - first + 1;
  const column = (day: number): number =>
    Math.min(width - 1, Math.max(0, Math.floor(((day - first) * width) / days)));
  const columnsPer = (unitDays: number): number => (width * unitDays) / days;
  const months = monthTicks(first, last, options.fiscalYearStart);
  const quarterStarts = months.filter((tick) => tick.quarterStart);
  const yearStarts = quarterStarts.filter(
    (tick) => quarterOf(fromDayNumber(tick.day), options.fiscalYearStart).q === 1,
  );
  // Boundaries closer than three columns would fill every row with marks: fall back to years.
  const boundary = columnsPer(91) >= 3 ? "quarter start" : columnsPer(365) >= 3 ? "year start" : undefined;
  const boundaries =
    boundary === "quarter start" ? quarterStarts : boundary === "year start" ? yearStarts : [];

  const background = new Array<string>(width).fill(" ");
  for (const tick of boundaries) background[column(tick.day)] = "┊";
  const todayColumn = options.today >= first && options.today <= last ? column(options.today) : undefined;
  if (todayColumn !== undefined) background[todayColumn] = "│";

  const rule = new Array<string>(width).fill("─");
  const units = options.weeks ? weekTicks(first, last) : months;
  if (columnsPer(options.weeks ? 7 : 30.4) >= 2) for (const tick of units) rule[column(tick.day)] = "┬";
  for (const tick of boundaries) rule[column(tick.day)] = "┼";
  if (todayColumn !== undefined) rule[todayColumn] = "▼";

  const headers = [
    placeLabels(
      periodLabels(first, quarterStarts, columnsPer(91) >= 8, options.fiscalYearStart),
      column,
      width,
    ),
    placeLabels(unitLabels(options.weeks, units, months, columnsPer), column, width),
    rule.join(""),
  ];
  return {
    headers: headers.map((line) => line.trimEnd()).filter((line) => line !== ""),
    background,
    boundary,
    first,
    last,
    column,
  };
}

/** Quarter ids at quarter starts, or fiscal years when quarters are too narrow to label. */
function periodLabels(
  first: number,
  quarterStarts: Tick[],
  quarters: boolean,
  fiscalYearStart: number,
): { day: number; label: string }[] {
  const name = (day: number): string => {
    const quarter = quarterOf(fromDayNumber(day), fiscalYearStart);
    if (quarters) return formatQuarter(quarter);
    return fiscalYearStart === 1 ? String(quarter.year) : `FY${quarter.year}`;
  };
  const starts = quarters
    ? quarterStarts
    : quarterStarts.filter((tick) => quarterOf(fromDayNumber(tick.day), fiscalYearStart).q === 1);
  const labels = starts.map((tick) => ({ day: tick.day, label: name(tick.day) }));
  // The partial period the chart opens with, unless its label would crowd out the next one.
  if (labels[0]?.day !== first) labels.unshift({ day: first, label: name(first) });
  return labels;
}

/** Month names (or initials) on a month axis; week dates on a week axis when they fit, else months. */
function unitLabels(
  weeks: boolean,
  units: Tick[],
  months: Tick[],
  columnsPer: (unitDays: number) => number,
): { day: number; label: string }[] {
  if (weeks && columnsPer(7) >= 6) return units;
  const perMonth = columnsPer(30.4);
  if (perMonth >= 4) return months;
  if (perMonth >= 2) return months.map((tick) => ({ day: tick.day, label: tick.label.slice(0, 1) }));
  return [];
}

/** Labels left to right, each at its column when it does not run into the one before. */
function placeLabels(
  labels: { day: number; label: string }[],
  column: (day: number) => number,
  width: number,
): string {
  const cells = new Array<string>(width).fill(" ");
  let free = 0;
  labels.forEach(({ day, label }, index) => {
    const at = column(day);
    const next = labels[index + 1];
    // An opening label that would hide the first real boundary's label gives way to it.
    if (index === 0 && next && column(next.day) < at + label.length + 1) return;
    if (at < free || at + label.length > width) return;
    for (let i = 0; i < label.length; i++) cells[at + i] = label[i]!;
    free = at + label.length + 1;
  });
  return cells.join("");
}

function snapToMonths(first: number, last: number): { first: number; last: number } {
  return {
    first: toDayNumber(firstOfMonth(fromDayNumber(first))),
    last: toDayNumber(lastOfMonth(fromDayNumber(last))),
  };
}

/** Weeks start on Monday (ISO 8601). */
function snapToWeeks(first: number, last: number): { first: number; last: number } {
  return { first: first - weekdayOf(first), last: last + (6 - weekdayOf(last)) };
}

/** Every month start within the range, flagged when it starts a fiscal quarter. */
function monthTicks(first: number, last: number, fiscalYearStart: number): Tick[] {
  const ticks: Tick[] = [];
  const start = firstOfMonth(fromDayNumber(first));
  for (let m = 0; ; m++) {
    const date = addMonths(start, m);
    const day = toDayNumber(date);
    if (day > last) break;
    if (day < first) continue;
    ticks.push({ day, label: monthName(date), quarterStart: startsQuarter(date, fiscalYearStart) });
  }
  return ticks;
}

function weekTicks(first: number, last: number): Tick[] {
  const ticks: Tick[] = [];
  for (let day = first; day <= last; day += 7) {
    ticks.push({ day, label: fromDayNumber(day).slice(5), quarterStart: false });
  }
  return ticks;
}
