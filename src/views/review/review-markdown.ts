// `roadmap review --format markdown` (docs/review.md): the review as a wiki page or a pull-
// request comment. Road-map text goes through the one Markdown escaper; ids and hashes sit in
// code spans.

import type { EpicResult, ReviewEpic, ReviewReport, TrendReport } from "../../review/report.js";
import { escapeMarkdown, markdownCode } from "../../util/markdown-text.js";
import { plural } from "../../util/plural.js";
import { pushAll } from "../../util/spread-free.js";
import { progressBar } from "../text/fit.js";
import {
  type BaselineOrigin,
  describeCaveats,
  describeCounts,
  describeDue,
  describeOutcome,
  describePeriod,
  describePoints,
  describeRatio,
  describeSayDo,
  RESULT_WORDS,
  stalestFirst,
} from "./review-words.js";

const MARKS: Record<EpicResult, string> = {
  delivered: "✅",
  dropped: "✖️",
  "carried-over": "➡️",
  slipped: "⚠️",
  missed: "❌",
  open: "⏳",
  added: "➕",
};

const BAR_WIDTH = 10;
const MAX_OPEN = 20;

export function renderReviewMarkdown(report: ReviewReport, baselineOrigin?: BaselineOrigin): string {
  const { summary } = report;
  const parts = [
    `## Road-map review: ${describePeriod(report.period)}`,
    `Baseline ${markdownCode(report.baseline.hash.slice(0, 7))} (${report.baseline.date}) → end ${markdownCode(report.end.hash.slice(0, 7))} (${report.end.date})`,
    `**Say/do: ${describeRatio(summary.say_do)}** (${describeSayDo(summary)}) · **by points: ${describeRatio(summary.points.say_do)}** (${describePoints(summary)})  \n${describeCounts(summary)}`,
    ...describeCaveats(report, baselineOrigin).map((note) => `> **Note:** ${note}`),
    epicTable(
      "Committed",
      "Result",
      report.epics.filter((epic) => epic.result !== "added"),
    ),
    epicTable(
      "Added",
      "Was",
      report.epics.filter((epic) => epic.result === "added"),
    ),
    list(
      "Stale",
      stalestFirst(report.stale).map(
        (epic) =>
          `${markdownCode(epic.id)} ${escapeMarkdown(epic.title)} — ${epic.status}, last changed ${epic.last_changed} (${plural(epic.days, "day")} ago)`,
      ),
    ),
    list(
      "Outcomes",
      report.outcomes.map(
        (outcome) =>
          `${outcome.actual === null ? "⏳" : "✅"} ${markdownCode(outcome.id)} ${escapeMarkdown(outcome.title)} — ${escapeMarkdown(describeOutcome(outcome))}`,
      ),
    ),
    list(
      "Health",
      report.health.map(
        (epic) =>
          `${epic.health === "off-track" ? "🔴" : "🟠"} ${epic.health}: ${markdownCode(epic.id)} ${escapeMarkdown(epic.title)} — since ${epic.since}`,
      ),
    ),
    renderInputs(report),
  ];
  return `${parts.filter((part) => part !== "").join("\n\n")}\n`;
}

function epicTable(title: string, column: string, epics: readonly ReviewEpic[]): string {
  if (epics.length === 0) return title === "Committed" ? "### Committed (0)\n\nNothing was committed." : "";
  const rows = epics.map((epic) => {
    const word = epic.result === "added" ? `${epic.was}` : RESULT_WORDS[epic.result];
    return `| ${MARKS[epic.result]} ${word} | ${markdownCode(epic.id)} ${escapeMarkdown(epic.title)} | ${escapeMarkdown(describeDue(epic))} |`;
  });
  return [
    `### ${title} (${epics.length})`,
    "",
    `| ${column} | Epic | Dates |`,
    "|---|---|---|",
    ...rows,
  ].join("\n");
}

/** A section of bullets; past MAX_OPEN items, the rest fold into <details> (a comment stays short). */
function list(title: string, items: readonly string[]): string {
  if (items.length === 0) return "";
  const bullets = items.map((item) => `- ${item}`);
  const lines = [`### ${title} (${items.length})`, "", ...bullets.slice(0, MAX_OPEN)];
  if (bullets.length > MAX_OPEN) {
    lines.push("", `<details><summary>${bullets.length - MAX_OPEN} more</summary>`, "");
    pushAll(lines, bullets.slice(MAX_OPEN)).push("", "</details>");
  }
  return lines.join("\n");
}

function renderInputs(report: ReviewReport): string {
  const sources = Object.entries(report.inputs.by_source);
  const top = report.inputs.top_customer;
  const lines = ["### Inputs", ""];
  lines.push(
    sources.length === 0
      ? "No epic of the period says who asked for it."
      : `Epics per source: ${sources.map(([source, n]) => `${source} ${n}`).join(" · ")}`,
  );
  if (top !== null) {
    lines.push(
      "",
      `Top customer: **${escapeMarkdown(top.name)}**, ${top.epics} of the period's epics (${describeRatio(top.share)})`,
    );
  }
  return lines.join("\n");
}

/** One row per quarter with a bar, oldest first. */
export function renderTrendMarkdown(trend: TrendReport): string {
  const rows = trend.trend.map(({ period, summary }) => {
    const bar =
      summary.say_do === null
        ? "—"
        : `${progressBar(summary.say_do, BAR_WIDTH)} ${describeRatio(summary.say_do)}`;
    return `| ${period.label}${period.running ? " (running)" : ""} | ${bar} | ${summary.delivered}/${summary.committed} | ${describeRatio(summary.points.say_do)} | ${summary.slipped} | ${summary.added} |`;
  });
  const parts = [
    "## Road-map say/do by quarter",
    ["| Quarter | Say/do | Epics | Points | Slipped | Added |", "|---|---|---|---|---|---|", ...rows].join(
      "\n",
    ),
    ...describeCaveats(trend).map((note) => `> **Note:** ${note}`),
  ];
  return `${parts.join("\n\n")}\n`;
}
