// The rest of a quarterly review (docs/review.md): what is going stale, what shipped
// and whether it moved its metric, what the team flags as at risk, and who asked for the
// period's work. Pure: states and dates from history come in, report sections come out.
import { tallyCustomers } from "../model/customers.js";
import { daysBetween } from "../model/dates.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import { compareText } from "../model/roadmap.js";
import { type Epic, requestSources } from "../model/schemas.js";
import type { ReviewHealth, ReviewInputs, ReviewOutcome, StaleEpic } from "./report.js";

/**
 * Planned or in-progress epics of the end state whose last semantic change is more than
 * `staleDays` before the review date. `lastChanged` gives that date for an epic id.
 */
export function findStale(
  end: Roadmap,
  options: { reviewDate: string; staleDays: number; lastChanged: (epic: Located<Epic>) => string },
): StaleEpic[] {
  const stale: StaleEpic[] = [];
  for (const epic of end.epics) {
    const status = epic.data.status;
    if (status !== "planned" && status !== "in-progress") continue;
    const last = options.lastChanged(epic);
    const days = daysBetween(last, options.reviewDate);
    if (days > options.staleDays)
      stale.push({ id: epic.id, title: epic.data.title, status, last_changed: last, days });
  }
  return stale;
}

/** Epics done in the end state and not done at the baseline, with their outcome (null parts when unset). */
export function listOutcomes(end: Roadmap, wasDone: (epic: Located<Epic>) => boolean): ReviewOutcome[] {
  return end.epics
    .filter((epic) => epic.data.status === "done" && !wasDone(epic))
    .map((epic) => {
      const outcome = epic.data.outcome;
      return {
        id: epic.id,
        title: epic.data.title,
        metric: outcome?.metric ?? null,
        target: outcome?.target ?? null,
        actual: outcome?.actual ?? null,
      };
    });
}

type Flagged = Located<Epic> & { data: { health: ReviewHealth["health"] } };

function isFlagged(epic: Located<Epic>): epic is Flagged {
  return epic.data.health === "at-risk" || epic.data.health === "off-track";
}

/** The epics at risk or off track in the end state (whose health history is worth reading). */
export function listFlagged(end: Roadmap): Located<Epic>[] {
  return end.epics.filter(isFlagged);
}

/** Epics at risk or off track in the end state, with the date their health last changed. */
export function listHealth(end: Roadmap, since: (epic: Located<Epic>) => string): ReviewHealth[] {
  return end.epics
    .filter(isFlagged)
    .map((epic) => ({ id: epic.id, title: epic.data.title, health: epic.data.health, since: since(epic) }));
}

/**
 * Who asked for the period's epics: per source, how many epics name it at least once (sources
 * in the format's order, only those named); the customer named by the most epics, with that
 * count over all the period's epics (ties: the name first in alphabetical order).
 */
export function tallyInputs(epics: readonly { id: string; data: Epic }[]): ReviewInputs {
  const bySource: Record<string, number> = {};
  for (const source of requestSources) {
    const count = epics.filter((epic) => epic.data.requested_by?.some((r) => r.source === source)).length;
    if (count > 0) bySource[source] = count;
  }
  const located = epics.map((epic) => ({ id: epic.id, file: "", data: epic.data }));
  const [top] = tallyCustomers(located).sort(
    (a, b) =>
      b.requests.length - a.requests.length || compareText(a.name.toLowerCase(), b.name.toLowerCase()),
  );
  return {
    by_source: bySource,
    top_customer:
      top === undefined
        ? null
        : { name: top.name, epics: top.requests.length, share: top.requests.length / epics.length },
  };
}
