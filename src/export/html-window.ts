// The time window of the HTML page's timeline and its axis (docs/export.md, "html"): by default
// from the first day of the previous quarter to the end of the quarter the horizon falls in
// (today + `horizon_months`), so a road map with years of history opens on what is current;
// `--from` / `--to` choose another. Quarters are fiscal (`fiscal_year_start`). Positions are
// percentages of the window's width, counted in whole days.
import { addMonths, countDaysInclusive, daysBetween, firstOfMonth } from "../model/dates.js";
import { quarterOf, quarterRange, resolveQuarter, startsQuarter } from "../model/quarter.js";

export interface PageWindow {
  /** First and last day shown, YYYY-MM-DD, both inclusive. */
  start: string;
  end: string;
}

export interface WindowChoice {
  /** `--from`, resolved to a date; `--to` likewise. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface MonthTick {
  /** The first day of the month, YYYY-MM-DD. */
  date: string;
  /** Left edge, 0..100. */
  at: number;
  /** The month starts a fiscal quarter. */
  quarterStart: boolean;
}

export interface QuarterLabel {
  /** `2027-Q1` */
  id: string;
  /** The part of the quarter inside the window. */
  start: string;
  end: string;
  at: number;
}

export function chooseWindow(
  today: string,
  fiscalYearStart: number,
  horizonMonths: number,
  choice: WindowChoice = {},
): PageWindow {
  const previous = resolveQuarter("previous", today, fiscalYearStart)!;
  const horizon = quarterRange(quarterOf(addMonths(today, horizonMonths), fiscalYearStart), fiscalYearStart);
  // A bound given alone keeps the other's default, widened to at least its own quarter.
  const start = choice.from ?? minDate(previous.start, quarterBound(choice.to, fiscalYearStart, "start"));
  const end = choice.to ?? maxDate(horizon.end, quarterBound(choice.from, fiscalYearStart, "end"));
  return { start, end };
}

/** Where a date falls across the window, 0..100 (outside the window: below 0 or above 100). */
export function positionOf(window: PageWindow, date: string): number {
  return (daysBetween(window.start, date) / countDaysInclusive(window.start, window.end)) * 100;
}

/** Where the day after a date begins: the right edge of a bar that ends on that date. */
export function positionAfter(window: PageWindow, date: string): number {
  return (countDaysInclusive(window.start, date) / countDaysInclusive(window.start, window.end)) * 100;
}

/** A tick at the first day of every month inside the window. */
export function monthTicks(window: PageWindow, fiscalYearStart: number): MonthTick[] {
  const ticks: MonthTick[] = [];
  let month = firstOfMonth(window.start);
  if (month < window.start) month = addMonths(month, 1);
  for (; month <= window.end; month = addMonths(month, 1)) {
    ticks.push({
      date: month,
      at: positionOf(window, month),
      quarterStart: startsQuarter(month, fiscalYearStart),
    });
  }
  return ticks;
}

/** Every fiscal quarter the window reaches, labelled where it (or the window) starts. */
export function quarterLabels(window: PageWindow, fiscalYearStart: number): QuarterLabel[] {
  const labels: QuarterLabel[] = [];
  let quarter = quarterRange(quarterOf(window.start, fiscalYearStart), fiscalYearStart);
  while (quarter.start <= window.end) {
    const start = maxDate(quarter.start, window.start);
    labels.push({
      id: quarter.id,
      start,
      end: minDate(quarter.end, window.end),
      at: positionOf(window, start),
    });
    const next = addMonths(quarter.start, 3);
    quarter = quarterRange(quarterOf(next, fiscalYearStart), fiscalYearStart);
  }
  return labels;
}

/** `2026-Q4`, the short form of a quarter label: `Q4`. */
export function shortQuarter(id: string): string {
  return id.slice(5);
}

function quarterBound(
  date: string | undefined,
  fiscalYearStart: number,
  side: "start" | "end",
): string | undefined {
  if (date === undefined) return undefined;
  return quarterRange(quarterOf(date, fiscalYearStart), fiscalYearStart)[side];
}

function minDate(a: string, b: string | undefined): string {
  return b !== undefined && b < a ? b : a;
}

function maxDate(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}
