// How views write an item's dates: the days as the files give them, or, for a road map redacted
// for the public (whose dates are whole quarters; docs/audiences.md), the quarters.

import type { DateRange } from "../model/epic-dates.js";
import { formatQuarter, quarterOf } from "../model/quarter.js";
import type { Roadmap } from "../model/roadmap.js";

export interface DateStyle {
  quarters: boolean;
  fiscalYearStart: number;
}

/** Days for an internal road map, quarters for a public one. */
export function dateStyleOf(roadmap: Roadmap): DateStyle {
  return {
    quarters: roadmap.audience === "public",
    fiscalYearStart: roadmap.mission?.data.fiscal_year_start ?? 1,
  };
}

/** `2026-01-05 – 2026-03-27`, or in quarters `2026-Q1` (one quarter) or `2026-Q1 – 2026-Q2`. */
export function describeDates(range: DateRange, style: DateStyle | undefined, dash = "–"): string {
  if (style?.quarters !== true) return `${range.start} ${dash} ${range.end}`;
  const first = formatQuarter(quarterOf(range.start, style.fiscalYearStart));
  const last = formatQuarter(quarterOf(range.end, style.fiscalYearStart));
  return first === last ? first : `${first} ${dash} ${last}`;
}

/** One date: the day, or in quarters the quarter it falls in. */
export function describeDate(date: string, style: DateStyle | undefined): string {
  return style?.quarters === true ? formatQuarter(quarterOf(date, style.fiscalYearStart)) : date;
}
