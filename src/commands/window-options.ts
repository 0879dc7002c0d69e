// `export --format html --from <date|quarter> --to <date|quarter>` (docs/export.md, "html"): the
// window of the page's timeline. A date is taken as it is; a quarter (`2026-Q3`, fiscal, or
// current / next / previous) stands for its first day in --from and its last day in --to.
import { UsageError } from "../errors.js";
import type { ExportFormat } from "../export/export-formats.js";
import type { WindowChoice } from "../export/html-window.js";
import { fromDayNumber, toDayNumber } from "../model/dates.js";
import { relativeQuarters, resolveQuarter } from "../model/quarter.js";

export interface WindowOptions {
  from?: string;
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function resolveWindow(
  options: WindowOptions,
  format: ExportFormat,
  today: string,
  fiscalYearStart: number,
): WindowChoice | undefined {
  if (options.from === undefined && options.to === undefined) return undefined;
  if (format !== "html") {
    throw new UsageError(
      "--from and --to choose the window of the HTML page's timeline: use them with --format html",
    );
  }
  const from =
    options.from === undefined
      ? undefined
      : resolveBound("--from", options.from, "start", today, fiscalYearStart);
  const to =
    options.to === undefined ? undefined : resolveBound("--to", options.to, "end", today, fiscalYearStart);
  if (from !== undefined && to !== undefined && from > to) {
    throw new UsageError(`--from (${from}) is after --to (${to})`);
  }
  return { from, to };
}

function resolveBound(
  flag: string,
  text: string,
  side: "start" | "end",
  today: string,
  fiscalYearStart: number,
): string {
  const given = text.trim();
  if (DATE.test(given) && fromDayNumber(toDayNumber(given)) === given) return given;
  const quarter = resolveQuarter(given, today, fiscalYearStart);
  if (quarter !== undefined) return quarter[side];
  throw new UsageError(
    `${flag} must be a date (YYYY-MM-DD) or a quarter (YYYY-Qn, ${relativeQuarters.join(", ")}) (got "${text}")`,
  );
}
