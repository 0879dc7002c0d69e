// When an epic is due and what dates it spans: the one home for these rules, used by lint
// rules, views, exports and review alike (docs/format.md, "epics").
import type { Roadmap } from "./roadmap.js";
import type { Epic } from "./schemas.js";

export interface DateRange {
  start: string;
  end: string;
}

/**
 * An epic's due date: its own `end`, else its milestone's `end`; undefined when it has neither
 * (no `end` and no milestone the road map knows).
 */
export function epicDueDate(epic: Epic, roadmap: Roadmap): string | undefined {
  if (epic.end !== undefined) return epic.end;
  if (epic.milestone === undefined) return undefined;
  return roadmap.milestoneById.get(epic.milestone)?.data.end;
}

/**
 * An epic's dates: its own `start`/`end` when given, else its milestone's (docs/views.md); undefined
 * when either end is still unknown (an unscheduled epic without dates of its own).
 */
export function epicDates(epic: Epic, roadmap: Roadmap): DateRange | undefined {
  const milestone = epic.milestone === undefined ? undefined : roadmap.milestoneById.get(epic.milestone);
  const start = epic.start ?? milestone?.data.start;
  const end = epicDueDate(epic, roadmap);
  return start !== undefined && end !== undefined ? { start, end } : undefined;
}
