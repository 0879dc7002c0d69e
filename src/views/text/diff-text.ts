// `roadmap diff` for a terminal: a summary line, then the changes grouped by section. Text from
// the road map or git is shown terminal-safe (docs/guarantees.md, "Output").
import type { Change, RevisionDiff, UnreadableNote } from "../../history/change.js";
import { groupChanges, summarizeChanges } from "../../history/sections.js";
import type { Paint } from "../../util/paint.js";
import { pushAll } from "../../util/spread-free.js";
import { escapeForTerminal } from "../../util/terminal-text.js";
import { describeChange } from "./diff-describe.js";

export const WORKTREE = "WORKTREE";

export function renderDiffText(diff: RevisionDiff, paint: Paint): string {
  const lines = [
    `${paint.bold(escapeForTerminal(`${shortRev(diff.from)} -> ${shortRev(diff.to)}`))}: ${summarizeChanges(diff.changes)}`,
    ...renderChangeSections(diff.changes, paint),
  ];
  const notes = renderUnreadableNotes(diff.unreadable, paint);
  if (notes.length > 0) pushAll(lines, ["", ...notes]);
  return `${lines.join("\n")}\n`;
}

/** The changes grouped by section (Added, Removed, ...), each section after a blank line. */
export function renderChangeSections(changes: readonly Change[], paint: Paint): string[] {
  const lines: string[] = [];
  for (const section of groupChanges(changes)) {
    lines.push("", paint.bold(section.title));
    for (const change of section.changes) lines.push(`  ${describeChange(change, paint)}`);
  }
  return lines;
}

function sideLabel(rev: string): string {
  return rev === WORKTREE ? "working tree" : rev;
}

/** A full commit hash shortened as git does; names (HEAD, origin/main) kept. */
export function shortRev(rev: string): string {
  return /^[0-9a-f]{40}$/.test(rev) ? rev.slice(0, 7) : sideLabel(rev);
}

function renderUnreadableNotes(notes: readonly UnreadableNote[], paint: Paint): string[] {
  return notes.map(
    (note) =>
      `${paint.yellow("note:")} ${escapeForTerminal(`${note.file} could not be read at ${shortRev(note.rev)}: ${note.message}`)}; its changes are left out`,
  );
}
