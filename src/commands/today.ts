import { UsageError } from "../errors.js";
import { isCalendarDate } from "../model/dates.js";

/** "Today" from --today, else ROADMAP_TODAY, else the local date (docs/cli.md). */
export function resolveToday(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
  now: Date = new Date(),
): string {
  const given = flag ?? env.ROADMAP_TODAY;
  if (given !== undefined && given !== "") {
    const origin = flag !== undefined ? "--today" : "ROADMAP_TODAY";
    if (!isCalendarDate(given))
      throw new UsageError(`${origin} must be a date written YYYY-MM-DD (got "${given}")`);
    return given;
  }
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A flag value that git reads as a date (`log --since`, `review --baseline`) and that is written
 * like an ISO date must be a real one: git reads "2026-13-01" or "2026-02-30" as some other day,
 * so a typo would quietly change the answer (docs/history.md).
 */
export function checkDateShaped(flag: string, value: string | undefined): void {
  const date = value === undefined ? undefined : /^\d{4}-\d{2}-\d{2}(?!\d)/.exec(value)?.[0];
  if (date !== undefined && !isCalendarDate(date))
    throw new UsageError(`${flag} must be a calendar date written YYYY-MM-DD (got "${value}")`);
}
