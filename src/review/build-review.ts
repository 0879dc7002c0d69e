// A review from its parts (docs/review.md): two states of the road map, the commits up to the end
// state, the period and the review date in; the report out. Pure: reading git is the history
// layer's job (src/history/read/review-states.ts), rendering the views'.

import type { DatedCommit } from "../history/commits.js";
import { continuesChain } from "../model/continues.js";
import { buildRoadmap, type Located, type Roadmap } from "../model/roadmap.js";
import type { Epic } from "../model/schemas.js";
import { type EpicIdentity, findHealthChanges, findLastChanges } from "./history-facts.js";
import type { ReviewPeriod, ReviewReport, StateRef, TrendEntry } from "./report.js";
import { comparePlanToActual } from "./results.js";
import { findStale, listFlagged, listHealth, listOutcomes, tallyInputs } from "./signals.js";

export interface ReviewState extends StateRef {
  roadmap: Roadmap;
}

export interface ReviewInput {
  period: ReviewPeriod;
  /** The period's last day, or today while it runs. */
  reviewDate: string;
  staleDays: number;
  baseline: ReviewState & { afterStart: boolean };
  end: ReviewState;
  identity: EpicIdentity;
  /** The commits up to the end state, newest first. */
  history: readonly DatedCommit[];
  /**
   * The date of the oldest commit there is: an epic whose last change (or health change) is
   * older than the history at hand (a shallow clone) is taken to have changed then.
   */
  oldestDate: string;
  partial: boolean;
}

export function buildReview(input: ReviewInput): ReviewReport {
  const { baseline, end, period } = input;
  const results = comparePlanToActual({
    period,
    baseline: baseline.roadmap,
    end: end.roadmap,
    identity: input.identity,
  });
  const lastChanges = findLastChanges(input.history);
  const healthChanges = findHealthChanges(
    input.history,
    listFlagged(end.roadmap).map((epic) => epic.id),
  );
  const wasDone = (epic: Located<Epic>): boolean => {
    const before = input.identity.baselineIdOf(epic.id);
    return before !== undefined && baseline.roadmap.epicById.get(before)?.data.status === "done";
  };
  return {
    period,
    baseline: { hash: baseline.hash, date: baseline.date, after_start: baseline.afterStart },
    end: { hash: end.hash, date: end.date },
    summary: results.summary,
    epics: results.epics.map((epic) => epic.entry),
    stale: findStale(end.roadmap, {
      reviewDate: input.reviewDate,
      staleDays: input.staleDays,
      lastChanged: (epic) => lastChangeAlongContinues(epic, end.roadmap, lastChanges) ?? input.oldestDate,
    }),
    outcomes: listOutcomes(end.roadmap, wasDone),
    health: listHealth(end.roadmap, (epic) => healthChanges.get(epic.id) ?? input.oldestDate),
    inputs: tallyInputs(results.epics.map((epic) => ({ id: epic.entry.id, data: epic.data }))),
    ...(input.partial ? { partial: true as const } : {}),
  };
}

/**
 * The newest change `log <id>` shows for an epic: its own, or one of the epics it continues
 * (the log follows `continues` back, docs/history.md).
 */
function lastChangeAlongContinues(
  epic: Located<Epic>,
  end: Roadmap,
  lastChanges: ReadonlyMap<string, string>,
): string | undefined {
  const dates = [epic.id, ...continuesChain(end, epic.id)].flatMap((id) => lastChanges.get(id) ?? []);
  return dates.sort().at(-1);
}

/** One quarter of a trend: its summary only; a quarter before the road map existed committed nothing. */
export function buildTrendEntry(
  period: ReviewPeriod,
  states: { baseline: Roadmap; end: Roadmap; identity: EpicIdentity } | undefined,
): TrendEntry {
  const empty = buildRoadmap({});
  const nothing = {
    baseline: empty,
    end: empty,
    identity: { endIdOf: (id: string) => id, baselineIdOf: () => undefined },
  };
  const { summary } = comparePlanToActual({ period, ...(states ?? nothing) });
  return { period, summary };
}
