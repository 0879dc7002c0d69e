// `roadmap ideas` as text (docs/edit.md): one line per idea in the chosen order, figures in columns
// (score, requests, customers, age, status), then the idea's id and title cut to the width; a
// promoted idea gets a second line with its epic's status and progress. Pure.

import type { RankedIdea } from "../../intake/rank-ideas.js";
import { formatPercent } from "../../model/percent.js";
import { ideaStatuses } from "../../model/value-sets.js";
import type { Paint } from "../../util/paint.js";
import { plural } from "../../util/plural.js";
import { maxOf } from "../../util/spread-free.js";
import { escapeForTerminal } from "../../util/terminal-text.js";
import { truncate } from "./fit.js";
import { type ItemStatus, paintStatus, statusGlyph } from "./status-style.js";

export interface IdeasViewOptions {
  paint: Paint;
  width: number;
}

/** Figure columns: short headings, so the title keeps most of an 80-column line. */
const HEADINGS = ["score", "req", "cust", "age"] as const;
const STATUS_WIDTH = "promoted".length;

/** The lines of the list, without the summary (the TUI shows these). */
export function renderIdeaLines(rows: readonly RankedIdea[], options: IdeasViewOptions): string[] {
  const { paint, width } = options;
  const cells = rows.map((row) => [
    row.score === null ? "-" : formatScore(row.score),
    String(row.demand.requests),
    String(row.demand.customers),
    row.age_days === null ? "-" : `${row.age_days}d`,
  ]);
  const widths = HEADINGS.map((heading, index) =>
    maxOf(
      cells.map((row) => row[index]!.length),
      heading.length,
    ),
  );
  const figures = (texts: readonly string[]): string =>
    texts.map((text, index) => text.padStart(widths[index]!)).join("  ");
  const indent = widths.reduce((sum, cell) => sum + cell + 2, 0) + STATUS_WIDTH + 2;
  const ideaWidth = Math.max(10, width - indent);
  const lines = [paint.dim(`${figures(HEADINGS)}  ${"status".padEnd(STATUS_WIDTH)}  idea`)];
  rows.forEach((row, index) => {
    // Titles are road-map text: shown through the one terminal-safe form (docs/guarantees.md).
    const idea = truncate(`${row.id}  ${escapeForTerminal(row.title)}`, ideaWidth);
    const line = `${figures(cells[index]!)}  ${row.status.padEnd(STATUS_WIDTH)}  ${idea}`;
    lines.push(row.status === "declined" ? paint.dim(line) : line);
    if (row.epic !== undefined) lines.push(describeEpic(row.epic, indent, ideaWidth, paint));
  });
  return lines;
}

export function renderIdeas(rows: readonly RankedIdea[], options: IdeasViewOptions): string {
  if (rows.length === 0) return "no ideas\n";
  return `${[...renderIdeaLines(rows, options), summarize(rows)].join("\n")}\n`;
}

/** "5 ideas: 1 new, 2 triaged, 1 declined, 1 promoted" (statuses in their own order). */
export function summarize(rows: readonly RankedIdea[]): string {
  const counts = ideaStatuses
    .map((status) => [status, rows.filter((row) => row.status === status).length] as const)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  return `${plural(rows.length, "idea")}: ${counts.join(", ")}`;
}

function describeEpic(
  epic: NonNullable<RankedIdea["epic"]>,
  indent: number,
  width: number,
  paint: Paint,
): string {
  const status = epic.status as ItemStatus;
  const text = truncate(
    `→ epic ${epic.id}  ${statusGlyph(status)} ${status} ${formatPercent(epic.progress)}`,
    width,
  );
  return `${" ".repeat(indent)}${paintStatus(paint, status, text)}`;
}

/** Whole scores as they are, others to one decimal (66.7). */
function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1).replace(/\.0$/, "");
}
