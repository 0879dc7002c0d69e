// Calendar arithmetic on ISO dates (YYYY-MM-DD) without a date library: the rules need only
// day counts and month steps, and strings compare in date order.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC), for differences between dates. */
export function toDayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Days from start to end, both included (a one-day milestone lasts 1 day). */
export function countDaysInclusive(start: string, end: string): number {
  return toDayNumber(end) - toDayNumber(start) + 1;
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
