// A milestone's status, which the files do not hold: read off its epics, for the timelines
// (terminal and HTML page) to colour it like an epic.
import type { Epic } from "../model/schemas.js";
import type { ItemStatus } from "./text/status-style.js";

/** Done when every live epic is, under way when any has started, planned otherwise (proposed with none). */
export function milestoneStatus(epics: Epic[]): ItemStatus {
  const live = epics.filter((epic) => epic.status !== "dropped");
  if (live.length === 0) return "proposed";
  if (live.every((epic) => epic.status === "done")) return "done";
  if (live.some((epic) => epic.status === "done" || epic.status === "in-progress")) return "in-progress";
  return "planned";
}
