// `export --format csv` (docs/export.md): one row per story with its epic, milestone, theme,
// status, points, owner, kind, team, labels and links, for spreadsheets. Every cell through the
// one CSV cell writer (util/csv-cell.ts): RFC 4180, and a cell a spreadsheet would run as a
// formula starts with '.
import { describeOwners } from "../model/owners.js";
import type { Roadmap } from "../model/roadmap.js";
import { kindOf } from "../model/schemas.js";
import { teamOfStory } from "../model/teams.js";
import { csvRow } from "../util/csv-cell.js";
import { sortEpicsByPlace } from "./backlog-items.js";

const CSV_COLUMNS = [
  "theme",
  "milestone",
  "epic",
  "epic_title",
  "epic_status",
  "story",
  "title",
  "status",
  "points",
  "owner",
  "kind",
  "team",
  "labels",
  "links",
] as const;

/** Rows by theme, then milestone in date order (unscheduled last), then epic id; stories in file order. */
export function renderCsvExport(roadmap: Roadmap): string {
  const epics = sortEpicsByPlace(roadmap, roadmap.epics);
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const epic of epics) {
    for (const story of epic.data.stories ?? []) {
      rows.push([
        epic.data.theme,
        epic.data.milestone ?? "",
        epic.id,
        epic.data.title,
        epic.data.status,
        story.id,
        story.title,
        story.status,
        story.points === undefined ? "" : String(story.points),
        // The people to ask about a story: its own owners, else its epic's.
        describeOwners(story) || describeOwners(epic.data),
        kindOf(story),
        // The team the story counts for: its own, else its epic's only team (model/teams.ts).
        teamOfStory(story, epic.data) ?? "",
        (epic.data.labels ?? []).join(", "),
        // URLs hold no spaces (validated): one space between them.
        (story.links ?? []).map((link) => link.url).join(" "),
      ]);
    }
  }
  return rows.map((row) => csvRow(row)).join("");
}
