// `roadmap log` for a terminal: each commit (newest first) with its semantic changes. Authors,
// subjects and file names come from git: shown terminal-safe (docs/guarantees.md, "Output").
import type { LogCommit, LogResult } from "../../history/commits.js";
import type { Paint } from "../../util/paint.js";
import { escapeForTerminal } from "../../util/terminal-text.js";
import { describeChange } from "./diff-describe.js";

/**
 * `subject`: the id the log was narrowed to, if any; `continues`: the epics it carries on,
 * whose changes the log lists too (named on a first line).
 */
export function renderLogText(
  log: LogResult,
  paint: Paint,
  subject?: string,
  continues: readonly string[] = [],
): string {
  const blocks = log.commits.map((commit) => renderCommit(commit, paint));
  if (subject !== undefined && continues.length > 0) {
    const chain = continues.map((id) => escapeForTerminal(id)).join(", which continues ");
    blocks.unshift(
      paint.dim(`${escapeForTerminal(subject)} continues ${chain}: their changes are listed too`),
    );
  }
  if (blocks.length === 0)
    blocks.push(
      subject === undefined
        ? "no commits changed the road map"
        : `no commits changed ${escapeForTerminal(subject)}`,
    );
  if (log.partial) {
    blocks.push(
      `${paint.yellow("note:")} this is a shallow clone, so the history is partial: older commits are not here (git fetch --unshallow to get them)`,
    );
  }
  return `${blocks.join("\n\n")}\n`;
}

function renderCommit(commit: LogCommit, paint: Paint): string {
  const header = `${paint.yellow(commit.hash.slice(0, 7))} ${commit.date.slice(0, 10)} ${paint.cyan(escapeForTerminal(commit.author))}  ${escapeForTerminal(commit.subject)}`;
  const lines = [header];
  for (const change of commit.changes) lines.push(`    ${describeChange(change, paint)}`);
  for (const note of commit.unreadable ?? []) {
    lines.push(
      `    ${paint.red("?")} ${escapeForTerminal(note.file)} could not be read at this commit: ${escapeForTerminal(note.message)}`,
    );
  }
  for (const note of commit.unknown_before ?? []) {
    lines.push(
      `    ${paint.red("?")} ${escapeForTerminal(note.file)} changed, but what it held before is unknown (${escapeForTerminal(note.message)}); its changes are not shown`,
    );
  }
  if (commit.boundary)
    lines.push(`    ${paint.dim("(the oldest commit in this shallow clone: its changes are unknown)")}`);
  return lines.join("\n");
}
