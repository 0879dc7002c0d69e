// Plan against actual (docs/review.md): the epics committed at the baseline and what
// became of each by the end state, the epics added on the way, and the say/do ratios. Pure.

import { daysBetween } from "../model/dates.js";
import { epicDueDate } from "../model/epic-dates.js";
import { addPoints } from "../model/points.js";
import { compareText, type Located, type Roadmap } from "../model/roadmap.js";
import type { Epic } from "../model/schemas.js";
import { epicProgress } from "../rollup/rollup.js";
import type { EpicIdentity } from "./history-facts.js";
import type { AddedWas, CommittedResult, ReviewEpic, ReviewSummary } from "./report.js";

export interface PlanAgainstActual {
  period: { start: string; end: string; running: boolean };
  baseline: Roadmap;
  end: Roadmap;
  identity: EpicIdentity;
}

/** One epic of the period, with the data that speaks for it (inputs read requested_by from it). */
export interface PeriodEpic {
  entry: ReviewEpic;
  data: Epic;
}

export interface PeriodResults {
  /** Committed epics by id, then added ones by id (the order of `epics` in the JSON). */
  epics: PeriodEpic[];
  summary: ReviewSummary;
}

/** A committed epic judged, with its points as they stood at the baseline. */
interface Judged extends PeriodEpic {
  baselinePoints: number;
}

export function comparePlanToActual(input: PlanAgainstActual): PeriodResults {
  const committed = listCommitted(input);
  const committedEndIds = new Set(committed.map((epic) => input.identity.endIdOf(epic.id)));
  const judged = committed.map((epic) => judgeCommitted(epic, input));
  const added = listAdded(input, committedEndIds);
  const byId = (a: PeriodEpic, b: PeriodEpic) => compareText(a.entry.id, b.entry.id);
  return {
    epics: [...judged.map(({ entry, data }) => ({ entry, data })).sort(byId), ...added.sort(byId)],
    summary: summarize(judged, added.length),
  };
}

function isInside(date: string | undefined, period: { start: string; end: string }): date is string {
  return date !== undefined && date >= period.start && date <= period.end;
}

/** Epics of the baseline, neither done nor dropped there, due inside the period. */
function listCommitted({ baseline, period }: PlanAgainstActual): Located<Epic>[] {
  return baseline.epics.filter(
    (epic) =>
      epic.data.status !== "done" &&
      epic.data.status !== "dropped" &&
      isInside(epicDueDate(epic.data, baseline), period),
  );
}

function judgeCommitted(epic: Located<Epic>, input: PlanAgainstActual): Judged {
  const { baseline, end, period } = input;
  const endId = input.identity.endIdOf(epic.id);
  const now = end.epicById.get(endId);
  const dueBefore = epicDueDate(epic.data, baseline) ?? null;
  const dueAfter = now === undefined ? null : (epicDueDate(now.data, end) ?? null);
  const continuedBy = now === undefined ? undefined : findContinuation(end, endId, [endId, epic.id]);
  const result = resultOf(now?.data, dueAfter, continuedBy, period);
  const entry: ReviewEpic = {
    id: now?.id ?? epic.id,
    title: (now ?? epic).data.title,
    result,
    due_before: dueBefore,
    due_after: dueAfter,
  };
  if (result === "slipped" && dueBefore !== null && dueAfter !== null) {
    entry.slip_days = daysBetween(dueBefore, dueAfter);
  }
  if (result === "carried-over") entry.continued_by = continuedBy;
  // Points as they stood at the baseline: what was said, not what the plan grew or shrank to.
  return { entry, data: (now ?? epic).data, baselinePoints: epicProgress(epic.data).points.total };
}

/** First match wins: delivered, dropped, carried-over, slipped, missed, open. */
function resultOf(
  now: Epic | undefined,
  dueAfter: string | null,
  continuedBy: string | undefined,
  period: PlanAgainstActual["period"],
): CommittedResult {
  if (now?.status === "done") return "delivered";
  if (now === undefined || now.status === "dropped") return "dropped";
  if (continuedBy !== undefined) return "carried-over";
  if (dueAfter === null || dueAfter > period.end) return "slipped";
  return period.running ? "open" : "missed";
}

/** The first other epic (by id) of the end state that `continues` the epic under one of its ids. */
function findContinuation(end: Roadmap, self: string, ids: readonly string[]): string | undefined {
  const continues = (epic: Located<Epic>) =>
    epic.id !== self && epic.data.continues !== undefined && ids.includes(epic.data.continues);
  return end.epics.find(continues)?.id;
}

/** Epics of the end state, not dropped, due inside the period, neither committed nor done at the baseline. */
function listAdded(input: PlanAgainstActual, committedEndIds: ReadonlySet<string>): PeriodEpic[] {
  const { baseline, end, period } = input;
  const added: PeriodEpic[] = [];
  for (const epic of end.epics) {
    if (epic.data.status === "dropped" || committedEndIds.has(epic.id)) continue;
    const dueAfter = epicDueDate(epic.data, end);
    if (!isInside(dueAfter, period)) continue;
    const baselineId = input.identity.baselineIdOf(epic.id);
    const before = baselineId === undefined ? undefined : baseline.epicById.get(baselineId);
    if (before?.data.status === "done") continue;
    const dueBefore = before === undefined ? null : (epicDueDate(before.data, baseline) ?? null);
    const was: AddedWas = before === undefined ? "new" : dueBefore === null ? "unscheduled" : "rescheduled";
    added.push({
      entry: {
        id: epic.id,
        title: epic.data.title,
        result: "added",
        due_before: dueBefore,
        due_after: dueAfter,
        was,
      },
      data: epic.data,
    });
  }
  return added;
}

function summarize(judged: readonly Judged[], added: number): ReviewSummary {
  const count = (result: CommittedResult) => judged.filter((epic) => epic.entry.result === result).length;
  const delivered = count("delivered");
  const pointsCommitted = sum(judged.map((epic) => epic.baselinePoints));
  const pointsDelivered = sum(
    judged.filter((epic) => epic.entry.result === "delivered").map((epic) => epic.baselinePoints),
  );
  return {
    committed: judged.length,
    delivered,
    dropped: count("dropped"),
    carried_over: count("carried-over"),
    slipped: count("slipped"),
    missed: count("missed"),
    open: count("open"),
    added,
    say_do: ratio(delivered, judged.length),
    points: {
      committed: pointsCommitted,
      delivered: pointsDelivered,
      say_do: ratio(pointsDelivered, pointsCommitted),
    },
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function sum(values: readonly number[]): number {
  return values.reduce(addPoints, 0);
}
