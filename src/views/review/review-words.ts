// How a review reads in words, shared by its text, Markdown and HTML views (docs/review.md):
// result names, the say/do sentences, the notes about the baseline and a partial history.

import { formatPercent } from "../../model/percent.js";
import { formatPoints } from "../../model/points.js";
import type {
  EpicResult,
  ReviewEpic,
  ReviewOutcome,
  ReviewPeriod,
  ReviewReport,
  ReviewSummary,
  StaleEpic,
  TrendReport,
} from "../../review/report.js";
import { plural } from "../../util/plural.js";

export const RESULT_WORDS: Record<EpicResult, string> = {
  delivered: "delivered",
  dropped: "dropped",
  "carried-over": "carried over",
  slipped: "slipped",
  missed: "missed",
  open: "open",
  added: "added",
};

/** `2026-Q2 (2026-04-01 to 2026-06-30, running)` */
export function describePeriod(period: ReviewPeriod): string {
  return `${period.label} (${period.start} to ${period.end}${period.running ? ", running" : ""})`;
}

/** A ratio as a whole percentage, or a dash when there is nothing to divide. */
export function describeRatio(ratio: number | null): string {
  return ratio === null ? "—" : formatPercent(ratio);
}

/** "3 of 6 committed epics delivered" */
export function describeSayDo(summary: ReviewSummary): string {
  if (summary.committed === 0) return "nothing was committed";
  return `${summary.delivered} of ${plural(summary.committed, "committed epic")} delivered`;
}

/** "21 of 34 points" */
export function describePoints(summary: ReviewSummary): string {
  if (summary.points.committed === 0) return "no points committed";
  return `${formatPoints(summary.points.delivered)} of ${formatPoints(summary.points.committed)} points`;
}

/** "1 delivered, 2 slipped, 1 added": the non-zero counts, in result order. */
export function describeCounts(summary: ReviewSummary): string {
  const counts: [string, number][] = [
    ["delivered", summary.delivered],
    ["dropped", summary.dropped],
    ["carried over", summary.carried_over],
    ["slipped", summary.slipped],
    ["missed", summary.missed],
    ["open", summary.open],
    ["added", summary.added],
  ];
  const parts = counts.filter(([, n]) => n > 0).map(([word, n]) => `${n} ${word}`);
  return parts.length === 0 ? "no epics due in the period" : parts.join(", ");
}

/** What an epic's dates did: "due 2026-06-30", "2026-06-30 → 2026-09-30 (+92 days)", "unscheduled". */
export function describeDue(epic: ReviewEpic): string {
  if (epic.result === "added") {
    const was =
      epic.was === "rescheduled"
        ? `, was due ${epic.due_before}`
        : epic.was === "unscheduled"
          ? ", was unscheduled"
          : "";
    return `due ${epic.due_after}${was}`;
  }
  if (epic.result === "slipped") {
    if (epic.due_after === null) return `was due ${epic.due_before}, now unscheduled`;
    return `${epic.due_before} → ${epic.due_after} (+${plural(epic.slip_days ?? 0, "day")})`;
  }
  if (epic.result === "carried-over") return `was due ${epic.due_before}, continued by ${epic.continued_by}`;
  if (epic.result === "dropped" && epic.due_after === null) return `was due ${epic.due_before}, file removed`;
  return `due ${epic.due_before}`;
}

/** "signups: target +5%, actual +7%", "churn: target 2, not measured yet", "no outcome set". */
export function describeOutcome(outcome: ReviewOutcome): string {
  if (outcome.metric === null) return "no outcome set";
  const actual = outcome.actual === null ? "not measured yet" : `actual ${outcome.actual}`;
  return `${outcome.metric}: target ${outcome.target}, ${actual}`;
}

/** Where the baseline came from, for the note that explains a late one. */
export type BaselineOrigin = "period-start" | "first-commit" | "first-commit-named" | "named";

/** Sentences about where the figures come from, when they need saying. */
export function describeCaveats(
  report: ReviewReport | TrendReport,
  origin: BaselineOrigin = "period-start",
): string[] {
  const notes: string[] = [];
  if ("baseline" in report && origin === "first-commit") {
    notes.push(
      `The road map is younger than the period: the baseline is its first commit (${report.baseline.date}), not the end of ${report.period.start}.`,
    );
  } else if ("baseline" in report && origin === "first-commit-named") {
    notes.push(
      `The road map has no commit by the --baseline asked for: the baseline is its first commit (${report.baseline.date}).`,
    );
  } else if ("baseline" in report && report.baseline.after_start) {
    notes.push(
      `The baseline (${report.baseline.date}) is later than the period's first day (${report.period.start}).`,
    );
  }
  if (report.partial) {
    notes.push(
      "This is a shallow clone, so the history is partial: figures that need older commits are as of its oldest commit (git fetch --unshallow to get the rest).",
    );
  }
  return notes;
}

/** Stale epics as people read them: the stalest first, ids breaking ties. */
export function stalestFirst(stale: readonly StaleEpic[]): StaleEpic[] {
  return [...stale].sort((a, b) => b.days - a.days || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
