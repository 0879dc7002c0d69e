// The period a review covers (docs/review.md): a fiscal quarter, `current`,
// `previous`, or a milestone's start..end; and the quarters of a trend. Pure: today, the
// fiscal year's first month and the milestones come in.
import { UsageError } from "../errors.js";
import { parseQuarter, type Quarter, quarterOf, quarterRange, shiftQuarter } from "../model/quarter.js";
import type { ReviewPeriod } from "./report.js";

export interface PeriodContext {
  today: string;
  fiscalYearStart: number;
  /** Milestones by id, as the road map holds them now. */
  milestones: ReadonlyMap<string, { start: string; end: string }>;
}

const KEYWORDS: Record<string, number> = { current: 0, previous: -1 };

/**
 * `current` and `previous` first, then a milestone id (ids are lowercase, so `2026-q1` names the
 * milestone when there is one), then a quarter `YYYY-Qn`.
 */
export function resolvePeriod(text: string, context: PeriodContext): ReviewPeriod {
  const quarter = quarterNamed(text, context);
  if (quarter !== undefined) return quarterPeriod(quarter, context);
  const milestone = context.milestones.get(text);
  if (milestone !== undefined) return periodOf(text, milestone.start, milestone.end, context.today);
  const parsed = parseQuarter(text);
  if (parsed !== undefined) return quarterPeriod(parsed, context);
  throw new UsageError(
    `unknown period "${text}": use a quarter (YYYY-Qn), current, previous or a milestone id`,
  );
}

/**
 * The `count` quarters ending with the named one (default: the previous quarter), oldest first.
 * A milestone is not a quarter: a trend compares like with like.
 */
export function resolveTrend(
  text: string | undefined,
  count: number,
  context: PeriodContext,
): ReviewPeriod[] {
  const last = quarterNamed(text ?? "previous", context) ?? parseQuarter(text ?? "");
  if (last === undefined) {
    throw new UsageError(`--trend needs a quarter (YYYY-Qn, current or previous), not "${text}"`);
  }
  return Array.from({ length: count }, (_, index) =>
    quarterPeriod(shiftQuarter(last, index - count + 1), context),
  );
}

function quarterNamed(text: string, context: PeriodContext): Quarter | undefined {
  if (!Object.hasOwn(KEYWORDS, text)) return undefined;
  return shiftQuarter(quarterOf(context.today, context.fiscalYearStart), KEYWORDS[text]!);
}

function quarterPeriod(quarter: Quarter, context: PeriodContext): ReviewPeriod {
  const range = quarterRange(quarter, context.fiscalYearStart);
  return periodOf(range.id, range.start, range.end, context.today);
}

function periodOf(label: string, start: string, end: string, today: string): ReviewPeriod {
  return { label, start, end, running: today <= end };
}

/** The day a review looks back from: the period's last day, or today while it runs. */
export function reviewDateOf(period: ReviewPeriod, today: string): string {
  return period.running ? today : period.end;
}
