// `roadmap diff --format markdown`: written to be pasted into a pull-request comment. A
// reviewer must understand the change without opening a YAML file: titles beside ids,
// old -> new values, the dates of the milestones an epic moves between.
import type { Change, RevisionDiff } from "../../history/change.js";
import { groupChanges, type Section, summarizeChanges } from "../../history/sections.js";
import { formatValue, shorten } from "./diff-describe.js";
import { shortRev } from "./diff-text.js";

/** Past this many lines a section folds away, so a big change still reads as a summary first. */
const FOLD_AFTER = 25;

export function renderDiffMarkdown(diff: RevisionDiff): string {
  const heading = `### Road-map changes: ${code(shortRev(diff.from))} → ${code(shortRev(diff.to))}`;
  if (diff.changes.length === 0 && diff.unreadable.length === 0) {
    return `${heading}\n\nNo changes to the road map.\n`;
  }
  const blocks = [heading, `**${capitalize(summarizeChanges(diff.changes))}**`];
  for (const section of groupChanges(diff.changes)) blocks.push(renderSection(section));
  for (const note of diff.unreadable) {
    blocks.push(
      `> **Note:** ${code(note.file)} could not be read at ${code(shortRev(note.rev))} (${escapeMarkdown(note.message)}); its changes are left out.`,
    );
  }
  return `${blocks.join("\n\n")}\n`;
}

function renderSection(section: Section): string {
  const items = section.changes.map((change) => `- ${describe(change, section)}`).join("\n");
  const title = `#### ${section.title} (${section.changes.length})`;
  if (section.changes.length <= FOLD_AFTER) return `${title}\n\n${items}`;
  return `${title}\n\n<details><summary>Show all ${section.changes.length}</summary>\n\n${items}\n\n</details>`;
}

function describe(change: Change, section: Section): string {
  const item = describeItem(change);
  if (change.kind !== "changed") return item;
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
    change.kind === "renamed" ? `${code(String(change.from))} → ${code(String(change.to))}` : code(change.id);
  const title =
    change.title !== undefined && change.title !== change.id
      ? ` — ${escapeMarkdown(shorten(change.title, 90))}`
      : "";
  return `${type} ${id}${title}`;
}

function value(raw: unknown): string {
  return raw === undefined ? "*none*" : code(formatValue(raw));
}

function code(text: string): string {
  return text.includes("`") ? escapeMarkdown(text) : `\`${text}\``;
}

/** Titles are user text: keep them from turning into links, emphasis or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#~]/g, (char) => `\\${char}`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
