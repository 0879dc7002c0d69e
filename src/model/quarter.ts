// Quarter arithmetic (docs/format.md and docs/views.md, "Quarters"), fiscal years included. Pure:
// "today" is always a parameter. With fiscal_year_start m != 1, fiscal year N is the one that ends
// in calendar year N, so with m = 10 the quarter 2027-Q1 runs from October to December 2026.
import { addDays, addMonths } from "./dates.js";

export interface Quarter {
  /** Fiscal year, named by the calendar year it ends in. */
  year: number;
  /** 1..4 */
  q: number;
}

export interface QuarterRange {
  /** `2026-Q1` */
  id: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  end: string;
}

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/i;

export const relativeQuarters = ["current", "next", "previous"] as const;
export type RelativeQuarter = (typeof relativeQuarters)[number];

export function formatQuarter(quarter: Quarter): string {
  return `${quarter.year}-Q${quarter.q}`;
}

/** `2026-Q1` (any case) as a Quarter, or undefined when it is not one. */
export function parseQuarter(text: string): Quarter | undefined {
  const match = QUARTER_PATTERN.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), q: Number(match[2]) };
}

/** The fiscal quarter a YYYY-MM-DD date falls in. */
export function quarterOf(date: string, fiscalYearStart = 1): Quarter {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const monthsIntoYear = (month - fiscalYearStart + 12) % 12;
  const fiscalYear = fiscalYearStart !== 1 && month >= fiscalYearStart ? year + 1 : year;
  return { year: fiscalYear, q: Math.floor(monthsIntoYear / 3) + 1 };
}

/** Whether the date's month is the first of a fiscal quarter. */
export function startsQuarter(date: string, fiscalYearStart = 1): boolean {
  return (Number(date.slice(5, 7)) - fiscalYearStart + 12) % 3 === 0;
}

/** A quarter `offset` quarters after (or before, when negative) another. */
export function shiftQuarter(quarter: Quarter, offset: number): Quarter {
  const index = quarter.year * 4 + (quarter.q - 1) + offset;
  return { year: Math.floor(index / 4), q: (index % 4) + 1 };
}

/** First and last day of a fiscal quarter. */
export function quarterRange(quarter: Quarter, fiscalYearStart = 1): QuarterRange {
  const calendarYear = fiscalYearStart === 1 ? quarter.year : quarter.year - 1;
  const yearStart = `${String(calendarYear).padStart(4, "0")}-${String(fiscalYearStart).padStart(2, "0")}-01`;
  const first = addMonths(yearStart, (quarter.q - 1) * 3);
  return { id: formatQuarter(quarter), start: first, end: addDays(addMonths(first, 3), -1) };
}

/**
 * `YYYY-Qn`, `current`, `next` or `previous` (relative to today) as a range, or undefined when the
 * text is none of those.
 */
export function resolveQuarter(text: string, today: string, fiscalYearStart = 1): QuarterRange | undefined {
  const offsets: Record<RelativeQuarter, number> = { current: 0, next: 1, previous: -1 };
  const key = text.toLowerCase();
  const quarter = Object.hasOwn(offsets, key)
    ? shiftQuarter(quarterOf(today, fiscalYearStart), offsets[key as RelativeQuarter])
    : parseQuarter(text);
  return quarter && quarterRange(quarter, fiscalYearStart);
}

/** Inclusive ranges overlap when each starts on or before the other's last day (docs/views.md). */
export function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && a.end >= b.start;
}
