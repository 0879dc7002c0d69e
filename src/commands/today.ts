import { UsageError } from "../errors.js";
import { isCalendarDate } from "../model/schemas.js";

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
