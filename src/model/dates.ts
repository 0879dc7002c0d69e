// Calendar arithmetic on ISO dates (YYYY-MM-DD) without a date library: day counts and month
// steps are all the road map needs, and the strings compare in date order. The one home for
// day arithmetic: lint rules, views, exports and review all count days here.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC), for differences between dates. */
export function toDayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The date of a day number (toDayNumber's inverse), written YYYY-MM-DD. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
