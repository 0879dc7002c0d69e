// How people read a change set (docs/history.md, `diff --format markdown`): added, removed, renamed,
// rescheduled (slips first), status changes, everything else. Shared by every format.
import { plural } from "../util/plural.js";
import type { Change } from "./change.js";

export type SectionId = "added" | "removed" | "renamed" | "rescheduled" | "status" | "other";

export interface Section {
  id: SectionId;
  title: string;
  changes: Change[];
}

const SECTION_TITLES: Record<SectionId, string> = {
  added: "Added",
  removed: "Removed",
  renamed: "Renamed",
  rescheduled: "Rescheduled",
  status: "Status changes",
  other: "Other changes",
};

/** Fields that move an item in time. */
const SCHEDULE_FIELDS: Record<string, readonly string[]> = {
  epic: ["milestone", "start", "end"],
  milestone: ["start", "end"],
};

export function sectionOf(change: Change): SectionId {
  if (change.kind !== "changed") return change.kind;
  if (change.field === "status") return "status";
  if (SCHEDULE_FIELDS[change.type]?.includes(change.field ?? "")) return "rescheduled";
  return "other";
}

/** Non-empty sections in reading order; slips lead the rescheduled section. */
export function groupChanges(changes: readonly Change[]): Section[] {
  const sections = (Object.keys(SECTION_TITLES) as SectionId[]).map((id) => ({
    id,
    title: SECTION_TITLES[id],
    changes: changes.filter((change) => sectionOf(change) === id),
  }));
  const rescheduled = sections.find((section) => section.id === "rescheduled")!;
  rescheduled.changes = [
    ...rescheduled.changes.filter((change) => change.slipped),
    ...rescheduled.changes.filter((change) => !change.slipped),
  ];
  return sections.filter((section) => section.changes.length > 0);
}

/** "12 changes: 2 added, 1 removed, 3 rescheduled (2 slipped), 4 status changes, 2 other changes" */
export function summarizeChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return "no changes";
  const parts = groupChanges(changes).map((section) => {
    const n = section.changes.length;
    switch (section.id) {
      case "rescheduled": {
        const slipped = section.changes.filter((change) => change.slipped).length;
        return `${n} rescheduled${slipped > 0 ? ` (${slipped} slipped)` : ""}`;
      }
      case "status":
        return plural(n, "status change");
      case "other":
        return plural(n, "other change");
      default:
        return `${n} ${section.id}`;
    }
  });
  return `${plural(changes.length, "change")}: ${parts.join(", ")}`;
}
