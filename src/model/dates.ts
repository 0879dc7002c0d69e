// Calendar dates written YYYY-MM-DD, without a date library: which strings are dates, day counts
// and month steps are all the road map needs, and the strings compare in date order. The one
// home for day arithmetic: the schemas, lint rules, views, exports and review all count days here.

const SECONDS_PER_DAY = 86_400;
const MS_PER_DAY = SECONDS_PER_DAY * 1000;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Days since 1970-01-01 (UTC), for differences between dates. */
export function toDayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The date of a day number (toDayNumber's inverse), written YYYY-MM-DD. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date of a moment given in seconds since 1970 (a git commit's time), in UTC. */
export function dateOfUnixTime(seconds: number): string {
  return fromDayNumber(Math.floor(seconds / SECONDS_PER_DAY));
}

/** The day after a date, as seconds since 1970: a moment is on or before the date when earlier. */
export function unixTimeAfter(date: string): number {
  return (toDayNumber(date) + 1) * SECONDS_PER_DAY;
}

/** 0 for a Monday to 6 for a Sunday (ISO 8601 weeks); day 0, 1970-01-01, was a Thursday. */
export function weekdayOf(day: number): number {
  return (day + 3) % 7;
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Days from start to end, both included (a one-day milestone lasts 1 day). */
export function countDaysInclusive(start: string, end: string): number {
  return daysBetween(start, end) + 1;
}

/** The same day `months` later, clamped to the month's last day (2026-08-31 + 6 = 2027-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** The first day of the date's month. */
export function firstOfMonth(date: string): string {
  return `${date.slice(0, 8)}01`;
}

/** The last day of the date's month. */
export function lastOfMonth(date: string): string {
  return addDays(addMonths(firstOfMonth(date), 1), -1);
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The short English name of the date's month: `Oct` for 2026-10-01. */
export function monthName(date: string): string {
  return MONTH_NAMES[Number(date.slice(5, 7)) - 1]!;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
