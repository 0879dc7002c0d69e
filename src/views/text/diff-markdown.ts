// `roadmap diff --format markdown`: written to be pasted into a pull-request comment. A
// reviewer must understand the change without opening a YAML file: titles beside ids,
// old -> new values, the dates of the milestones an epic moves between.
import type { Change, RevisionDiff } from "../../history/change.js";
import { groupChanges, type Section, summarizeChanges } from "../../history/sections.js";
import type { Roadmap } from "../../model/roadmap.js";
import { escapeMarkdown, markdownCode } from "../../util/markdown-text.js";
import { formatValue, shorten } from "./diff-describe.js";
import { shortRev } from "./diff-text.js";

/** Past this many lines a section folds away, so a big change still reads as a summary first. */
const FOLD_AFTER = 25;

/** The two road maps compared, for a line of context on added and removed items. */
export interface DiffSides {
  before: Roadmap;
  after: Roadmap;
}

export function renderDiffMarkdown(diff: RevisionDiff, sides?: DiffSides): string {
  const heading = `### Road-map changes: ${markdownCode(shortRev(diff.from))} → ${markdownCode(shortRev(diff.to))}`;
  if (diff.changes.length === 0 && diff.unreadable.length === 0) {
    return `${heading}\n\nNo changes to the road map.\n`;
  }
  const blocks = [heading, `**${capitalize(summarizeChanges(diff.changes))}**`];
  for (const section of groupChanges(diff.changes)) blocks.push(renderSection(section, sides));
  for (const note of diff.unreadable) {
    blocks.push(
      `> **Note:** ${markdownCode(note.file)} could not be read at ${markdownCode(shortRev(note.rev))} (${escapeMarkdown(note.message)}); its changes are left out.`,
    );
  }
  return `${blocks.join("\n\n")}\n`;
}

function renderSection(section: Section, sides: DiffSides | undefined): string {
  const items = section.changes.map((change) => `- ${describe(change, section, sides)}`).join("\n");
  const title = `#### ${section.title} (${section.changes.length})`;
  if (section.changes.length <= FOLD_AFTER) return `${title}\n\n${items}`;
  return `${title}\n\n<details><summary>Show all ${section.changes.length}</summary>\n\n${items}\n\n</details>`;
}

function describe(change: Change, section: Section, sides: DiffSides | undefined): string {
  const item = describeItem(change);
  if (change.kind !== "changed") {
    const context = sides && describeContext(change, change.kind === "removed" ? sides.before : sides.after);
    return context ? `${item} (${context})` : item;
  }
  const slipped = change.slipped ? "⚠️ **Slipped:** " : "";
  const ends = change.ends;
  const from = `${value(change.from)}${ends?.from ? ` (ends ${ends.from})` : ""}`;
  const to = `${value(change.to)}${ends?.to ? ` (ends ${ends.to})` : ""}`;
  const field = section.id === "status" ? "" : `${change.field} `;
  return `${slipped}${item}: ${field}${from} → ${to}`;
}

function describeItem(change: Change): string {
  const type = capitalize(change.type);
  const id =
    change.kind === "renamed"
      ? `${markdownCode(String(change.from))} → ${markdownCode(String(change.to))}`
      : markdownCode(change.id);
  const title =
    change.title !== undefined && change.title !== change.id
      ? ` — ${escapeMarkdown(shorten(change.title, 90))}`
      : "";
  return `${type} ${id}${title}`;
}

/** Where an added or removed item sits: status and schedule, so the reviewer need not look it up. */
function describeContext(change: Change, roadmap: Roadmap): string | undefined {
  if (change.type === "epic") {
    const epic = roadmap.epicById.get(change.id)?.data;
    if (epic === undefined) return undefined;
    const milestone =
      epic.milestone === undefined ? undefined : roadmap.milestoneById.get(epic.milestone)?.data;
    const schedule =
      epic.milestone === undefined
        ? "unscheduled"
        : `milestone ${markdownCode(epic.milestone)}${milestone ? ` ends ${milestone.end}` : ""}`;
    return `${epic.status}, ${schedule}`;
  }
  if (change.type === "milestone") {
    const milestone = roadmap.milestoneById.get(change.id)?.data;
    return milestone && `${milestone.start} to ${milestone.end}`;
  }
  if (change.type === "story") {
    const slash = change.id.indexOf("/");
    const epic = roadmap.epicById.get(change.id.slice(0, slash))?.data;
    const story = epic?.stories?.find((candidate) => candidate.id === change.id.slice(slash + 1));
    if (story === undefined) return undefined;
    return story.points === undefined ? story.status : `${story.status}, ${story.points} points`;
  }
  return undefined;
}

function value(raw: unknown): string {
  return raw === undefined ? "*none*" : markdownCode(formatValue(raw));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
