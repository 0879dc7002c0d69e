// `roadmap review` for a terminal (docs/review.md): the period and its states, say/do as bars,
// then a section each for committed epics, added ones, stale ones, outcomes, health and inputs.
// With --trend, one bar per quarter so the trend is seen, not read. Every text from the road
// map or git goes through escapeForTerminal; colour comes from the Paint.

import type {
  EpicResult,
  ReviewEpic,
  ReviewHealth,
  ReviewOutcome,
  ReviewReport,
  StaleEpic,
  TrendReport,
} from "../../review/report.js";
import type { Paint } from "../../util/paint.js";
import { plural } from "../../util/plural.js";
import { pushAll } from "../../util/spread-free.js";
import { escapeForTerminal } from "../../util/terminal-text.js";
import { progressBar, truncate, widthOf } from "../text/fit.js";
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

export interface ReviewTextOptions {
  paint: Paint;
  width: number;
  baselineOrigin?: BaselineOrigin;
}

const BAR_WIDTH = 20;
const RESULT_WIDTH = 13;
/** Long lists (stale epics in a big road map) show this many in text; --json has them all. */
const MAX_LISTED = 20;

const GLYPHS: Record<EpicResult, string> = {
  delivered: "✓",
  dropped: "✗",
  "carried-over": "→",
  slipped: "↓",
  missed: "⚠",
  open: "◐",
  added: "+",
};

function paintResult(paint: Paint, result: EpicResult, text: string): string {
  switch (result) {
    case "delivered":
      return paint.green(text);
    case "dropped":
      return paint.dim(text);
    case "carried-over":
      return paint.cyan(text);
    case "slipped":
      return paint.yellow(text);
    case "missed":
      return paint.red(text);
    case "open":
      return paint.blue(text);
    case "added":
      return paint.magenta(text);
  }
}

const safe = (text: string): string => escapeForTerminal(text);

export function renderReviewText(report: ReviewReport, options: ReviewTextOptions): string {
  const { paint } = options;
  const blocks = [
    renderHeader(report, paint),
    renderSayDo(report, paint),
    renderEpics(
      "Committed",
      report.epics.filter((epic) => epic.result !== "added"),
      options,
    ),
    renderEpics(
      "Added",
      report.epics.filter((epic) => epic.result === "added"),
      options,
    ),
    renderStale(report, options),
    renderOutcomes(report, options),
    renderHealth(report, options),
    renderInputs(report, paint),
  ];
  const caveats = describeCaveats(report, options.baselineOrigin);
  if (caveats.length > 0) blocks.push(caveats.map((note) => `${paint.yellow("note:")} ${note}`).join("\n"));
  return `${blocks.filter((block) => block !== "").join("\n\n")}\n`;
}

function renderHeader(report: ReviewReport, paint: Paint): string {
  return [
    paint.bold(`Review of ${describePeriod(report.period)}`),
    paint.dim(
      `baseline ${report.baseline.hash.slice(0, 7)} (${report.baseline.date}) → end ${report.end.hash.slice(0, 7)} (${report.end.date})`,
    ),
  ].join("\n");
}

function renderSayDo(report: ReviewReport, paint: Paint): string {
  const { summary } = report;
  return [
    `${bar("Say/do", summary.say_do, paint)}  ${describeSayDo(summary)}`,
    `${bar("Points", summary.points.say_do, paint)}  ${describePoints(summary)}`,
    paint.dim(describeCounts(summary)),
  ].join("\n");
}

/** `Say/do  ██████████░░░░░░░░░░  50%`; a ratio of nothing draws an empty bar and a dash. */
function bar(label: string, ratio: number | null, paint: Paint): string {
  const filled =
    ratio === null ? paint.dim(progressBar(0, BAR_WIDTH)) : paint.green(progressBar(ratio, BAR_WIDTH));
  return `${label.padEnd(9)}${filled} ${describeRatio(ratio).padStart(4)}`;
}

function heading(title: string, count: number, paint: Paint): string {
  return paint.bold(`${title} (${count})`);
}

function renderEpics(title: string, epics: readonly ReviewEpic[], options: ReviewTextOptions): string {
  if (epics.length === 0) {
    return title === "Committed" ? `${options.paint.bold(title)}\n  nothing was committed` : "";
  }
  const lines = [heading(title, epics.length, options.paint)];
  for (const epic of epics) {
    const word = epic.result === "added" ? `${epic.was}` : RESULT_WORDS[epic.result];
    const marker = `${GLYPHS[epic.result]} ${word.padEnd(RESULT_WIDTH)}`;
    const [first = "", ...rest] = itemLines(`  ${marker}`, epic, describeDue(epic), options);
    lines.push(`  ${paintResult(options.paint, epic.result, marker)}${first.slice(marker.length + 2)}`);
    pushAll(lines, rest);
  }
  return lines.join("\n");
}

/**
 * `marker id  title  details` on one line when it fits the width; else the details go on a
 * second line, and the title is cut (ids and dates never are). The marker is plain text.
 */
function itemLines(
  marker: string,
  item: { id: string; title: string },
  details: string,
  options: ReviewTextOptions,
): string[] {
  const id = safe(item.id);
  const label = `${id}  ${safe(item.title)}`;
  const suffix = safe(details);
  const room = options.width - widthOf(marker);
  if (widthOf(label) + 2 + widthOf(suffix) <= room) return [`${marker}${label}  ${suffix}`];
  // An id that leaves no room for a few characters of title stands alone.
  const first = widthOf(id) + 6 > room ? id : truncate(label, room);
  return [`${marker}${first}`, `${" ".repeat(widthOf(marker))}${options.paint.dim(suffix)}`];
}

/** The first MAX_LISTED items of a long list, and a line saying how many more there are. */
function capped<T>(items: readonly T[], render: (item: T) => string[], paint: Paint): string[] {
  const lines = items.slice(0, MAX_LISTED).flatMap(render);
  if (items.length > MAX_LISTED) {
    lines.push(paint.dim(`  … and ${items.length - MAX_LISTED} more (--json lists them all)`));
  }
  return lines;
}

/** Stalest first (ids break ties). */
function renderStale(report: ReviewReport, options: ReviewTextOptions): string {
  if (report.stale.length === 0) return "";
  const sorted = stalestFirst(report.stale);
  const details = (epic: StaleEpic) =>
    `${epic.status}, last changed ${epic.last_changed} (${plural(epic.days, "day")} ago)`;
  const painted = (line: string) => `  ${options.paint.yellow("·")}${line.slice(3)}`;
  return [
    heading("Stale", report.stale.length, options.paint),
    ...capped(
      sorted,
      (epic) => paintFirst(itemLines("  · ", epic, details(epic), options), painted),
      options.paint,
    ),
  ].join("\n");
}

function renderOutcomes(report: ReviewReport, options: ReviewTextOptions): string {
  if (report.outcomes.length === 0) return "";
  const { paint } = options;
  const render = (outcome: ReviewOutcome) => {
    const measured = outcome.actual !== null;
    const sign = measured ? paint.green("✓") : paint.yellow("…");
    const lines = itemLines(`  ${measured ? "✓" : "…"} `, outcome, describeOutcome(outcome), options);
    return paintFirst(lines, (line) => `  ${sign}${line.slice(3)}`);
  };
  return [heading("Outcomes", report.outcomes.length, paint), ...capped(report.outcomes, render, paint)].join(
    "\n",
  );
}

function renderHealth(report: ReviewReport, options: ReviewTextOptions): string {
  if (report.health.length === 0) return "";
  const { paint } = options;
  const render = (epic: ReviewHealth) => {
    const word = epic.health.padEnd(9);
    const painted = epic.health === "off-track" ? paint.red(word) : paint.yellow(word);
    const lines = itemLines(`  ${word} `, epic, `since ${epic.since}`, options);
    return paintFirst(lines, (line) => `  ${painted}${line.slice(2 + word.length)}`);
  };
  return [heading("Health", report.health.length, paint), ...capped(report.health, render, paint)].join("\n");
}

/** The lines with the first one restyled (its plain marker painted). */
function paintFirst(lines: string[], restyle: (line: string) => string): string[] {
  const [first = "", ...rest] = lines;
  return [restyle(first), ...rest];
}

function renderInputs(report: ReviewReport, paint: Paint): string {
  const { by_source: bySource, top_customer: top } = report.inputs;
  const sources = Object.entries(bySource);
  if (sources.length === 0) return `${paint.bold("Inputs")}\n  no epic of the period says who asked for it`;
  const lines = [paint.bold("Inputs"), `  ${sources.map(([source, n]) => `${source} ${n}`).join(" · ")}`];
  if (top !== null) {
    lines.push(
      `  top customer: ${safe(top.name)}, ${top.epics} of the period's epics (${describeRatio(top.share)})`,
    );
  }
  return lines.join("\n");
}

/** One line per quarter, oldest first: a say/do bar, then the figures. */
export function renderTrendText(trend: TrendReport, options: ReviewTextOptions): string {
  const { paint } = options;
  const lines = [paint.bold("Say/do by quarter (committed epics delivered)")];
  for (const { period, summary } of trend.trend) {
    const label = `${period.label}${period.running ? "*" : ""}`;
    const figures =
      summary.committed === 0
        ? paint.dim("nothing committed")
        : `${summary.delivered}/${summary.committed} epics · points ${describeRatio(summary.points.say_do)} · ${summary.slipped} slipped · ${summary.added} added`;
    lines.push(`${bar(label, summary.say_do, paint)}  ${figures}`);
  }
  if (trend.trend.some((entry) => entry.period.running)) lines.push(paint.dim("* still running"));
  for (const note of describeCaveats(trend)) lines.push(`${paint.yellow("note:")} ${note}`);
  return `${lines.join("\n")}\n`;
}
