// What the HTML page's timeline leaves out (docs/export.md, "html"): milestones that ended before
// its window ("12 earlier milestones, all done"), milestones after it, and unscheduled epics, so
// a reader knows there is more and the author knows how to draw it (--from / --to).
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Milestone } from "../model/schemas.js";
import { plural } from "../util/plural.js";
import type { DateStyle } from "../views/date-style.js";
import { milestoneStatus } from "../views/milestone-status.js";
import { escapeHtml, htmlDates } from "./html-text.js";
import type { PageWindow } from "./html-window.js";

/** How many titles a note names before it says "and n more". */
const NAMED = 3;

export function describeOutside(roadmap: Roadmap, window: PageWindow, dates: DateStyle): string[] {
  const notes: string[] = [];
  const earlier = roadmap.milestones.filter((milestone) => milestone.data.end < window.start);
  const later = roadmap.milestones.filter((milestone) => milestone.data.start > window.end);
  if (earlier.length > 0) {
    const open = earlier.filter((milestone) => !isDone(milestone, roadmap));
    const span = htmlDates({ start: earlier[0]!.data.start, end: latestEnd(earlier) }, dates);
    const state = open.length === 0 ? "all done" : `${open.length} not done: ${nameSome(open)}`;
    notes.push(`${plural(earlier.length, "earlier milestone", "earlier milestones")} (${span}), ${state}.`);
  }
  if (later.length > 0) {
    const span = htmlDates({ start: later[0]!.data.start, end: latestEnd(later) }, dates);
    notes.push(
      `${plural(later.length, "later milestone", "later milestones")} (${span}): ${nameSome(later)}.`,
    );
  }
  const unscheduled = roadmap.epics.filter(
    (epic) =>
      epic.data.status !== "dropped" &&
      (epic.data.milestone === undefined || !roadmap.milestoneById.has(epic.data.milestone)),
  ).length;
  if (unscheduled > 0) {
    notes.push(
      unscheduled === 1
        ? "1 unscheduled epic is listed under its theme below."
        : `${unscheduled} unscheduled epics are listed under their themes below.`,
    );
  }
  if (earlier.length + later.length > 0) {
    notes.push("<code>roadmap export --format html --from … --to …</code> draws another window.");
  }
  return notes;
}

/** Done when none of its live epics is still open (a milestone without epics has nothing open). */
function isDone(milestone: Located<Milestone>, roadmap: Roadmap): boolean {
  const epics = roadmap.epics.filter((epic) => epic.data.milestone === milestone.id).map((epic) => epic.data);
  const status = milestoneStatus(epics);
  return status === "done" || epics.every((epic) => epic.status === "dropped");
}

function latestEnd(milestones: Located<Milestone>[]): string {
  return milestones
    .map((milestone) => milestone.data.end)
    .sort()
    .at(-1)!;
}

function nameSome(milestones: Located<Milestone>[]): string {
  const names = milestones.slice(0, NAMED).map((milestone) => escapeHtml(milestone.data.title));
  const more = milestones.length - NAMED;
  return more > 0 ? `${names.join(", ")} and ${more} more` : names.join(", ");
}
