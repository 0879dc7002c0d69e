// `roadmap review [<period>]` (docs/review.md): plan against actual for a period,
// from git history. Resolves the period against the road map at the tip, reads the states it
// needs in one walk (history/read/review-states.ts), builds the report (review/) and renders it.
import { UsageError } from "../errors.js";
import {
  isEmptyRoadmap,
  type ReadState,
  type ReviewHistory,
  readPlanFrame,
  readReviewHistory,
  type StateRequest,
} from "../history/read/review-states.js";
import {
  folderInRepository,
  hasUncommittedChanges,
  openRepositoryFor,
  type Repository,
  resolveCommit,
} from "../load/git.js";
import { locateAtRevision } from "../load/revision-source.js";
import { isCalendarDate } from "../model/dates.js";
import { buildReview, buildTrendEntry } from "../review/build-review.js";
import { type EpicIdentity, followRenames, renamesBetween } from "../review/history-facts.js";
import { type PeriodContext, resolvePeriod, resolveTrend, reviewDateOf } from "../review/period.js";
import type { ReviewPeriod, ReviewReport, TrendReport } from "../review/report.js";
import { renderReviewHtml, renderTrendHtml } from "../views/review/review-html.js";
import { renderReviewMarkdown, renderTrendMarkdown } from "../views/review/review-markdown.js";
import { renderReviewText, renderTrendText } from "../views/review/review-text.js";
import type { BaselineOrigin } from "../views/review/review-words.js";
import { reviewFormats } from "./flag-values.js";
import type { Io } from "./io.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";
import { checkDateShaped, resolveToday } from "./today.js";
import { writeOutput } from "./write-output.js";

type ReviewFormat = (typeof reviewFormats)[number];

export interface ReviewOptions extends ReadOptions {
  baseline?: string;
  /** Checked by cli.ts (commands/flags.ts). */
  staleDays?: number;
  trend?: number;
  output?: string;
}

const DEFAULT_STALE_DAYS = 30;

/** The repository, the folder in it, the tip commit and what periods are resolved against. */
interface Opened {
  repo: Repository;
  folder: string;
  tip: string;
  context: PeriodContext;
}

/** What a rendering needs besides the report. */
interface Output {
  format: ReviewFormat;
  today: string;
  io: Io;
}

export async function runReview(
  periodText: string | undefined,
  options: ReviewOptions,
  io: Io,
): Promise<number> {
  const format = resolveFormat(options, reviewFormats, "text");
  const today = resolveToday(options.today, io.env);
  const staleDays = options.staleDays ?? DEFAULT_STALE_DAYS;
  const trend = options.trend;
  if (trend !== undefined && options.baseline !== undefined) {
    throw new UsageError("--baseline names one review's baseline; it cannot be combined with --trend");
  }
  if (trend !== undefined && options.staleDays !== undefined) {
    throw new UsageError("--stale-days sets one review's stale epics; a trend lists say/do only");
  }
  const opened = openReview(options, io, today);
  const output: Output = { format, today, io };
  const text =
    trend === undefined
      ? await reviewPeriod(
          opened,
          resolvePeriod(periodText ?? "current", opened.context),
          staleDays,
          options,
          output,
        )
      : await reviewTrend(opened, resolveTrend(periodText, trend, opened.context), output);
  writeOutput(options.output, text, io);
  noteUncommitted(opened, options, io);
  return 0;
}

/**
 * A review reads commits only: edits not committed yet (a status just set with `roadmap set`)
 * are not in it, which the end state of a running period would otherwise hide (docs/review.md).
 */
function noteUncommitted(opened: Opened, options: ReviewOptions, io: Io): void {
  if (options.rev !== undefined || !hasUncommittedChanges(opened.repo, opened.folder)) return;
  io.err(
    "roadmap: note: the road map has uncommitted changes; review reads commits only (commit them to count them)\n",
  );
}

function openReview(options: ReviewOptions, io: Io, today: string): Opened {
  const repo = openRepositoryFor({ dir: options.dir, env: io.env, cwd: io.cwd });
  const rev = options.rev ?? "HEAD";
  const tip = resolveCommit(repo, rev);
  const dir = locateAtRevision(repo, tip, { rev, dir: options.dir, env: io.env, cwd: io.cwd });
  const folder = folderInRepository(repo, dir);
  const frame = readPlanFrame(repo, folder, tip);
  const milestones = new Map(frame.milestones.map((milestone) => [milestone.id, milestone.data]));
  const fiscalYearStart = frame.mission?.data.fiscal_year_start ?? 1;
  return { repo, folder, tip, context: { today, fiscalYearStart, milestones } };
}

async function reviewPeriod(
  opened: Opened,
  period: ReviewPeriod,
  staleDays: number,
  options: ReviewOptions,
  output: Output,
): Promise<string> {
  const reviewDate = reviewDateOf(period, output.today);
  const baselineRequest =
    options.baseline === undefined
      ? periodStart(period, reviewDate)
      : baselineNamed(opened, options.baseline);
  const history = await readReviewHistory(opened.repo, opened.folder, opened.tip, [
    baselineRequest,
    { day: reviewDate },
  ]);
  const picked = pickStates(history, 0, 1, options.baseline !== undefined);
  if (picked === undefined) {
    throw new UsageError(`nothing to review: the road map has no commit on or before ${reviewDate}`);
  }
  const { baseline, end } = picked;
  const report = buildReview({
    period,
    reviewDate,
    staleDays,
    baseline: {
      hash: baseline.hash,
      date: baseline.date,
      roadmap: baseline.roadmap,
      afterStart: baseline.date > period.start,
    },
    end: { hash: end.hash, date: end.date, roadmap: end.roadmap },
    identity: identityBetween(history, baseline, end),
    history: history.commits.slice(history.commits.findIndex((commit) => commit.hash === end.through)),
    oldestDate: history.oldestDate,
    partial: history.partial,
  });
  return renderReport(report, picked.origin, output);
}

async function reviewTrend(opened: Opened, periods: ReviewPeriod[], output: Output): Promise<string> {
  const requests = periods.flatMap((period) => {
    const reviewDate = reviewDateOf(period, output.today);
    return [periodStart(period, reviewDate), { day: reviewDate }];
  });
  const history = await readReviewHistory(opened.repo, opened.folder, opened.tip, requests);
  const trend: TrendReport = {
    trend: periods.map((period, index) => {
      const picked = pickStates(history, index * 2, index * 2 + 1, false);
      return buildTrendEntry(
        period,
        picked && {
          baseline: picked.baseline.roadmap,
          end: picked.end.roadmap,
          identity: identityBetween(history, picked.baseline, picked.end),
        },
      );
    }),
    ...(history.partial ? { partial: true as const } : {}),
  };
  if (output.format === "json") return `${JSON.stringify(trend, null, 2)}\n`;
  if (output.format === "markdown") return renderTrendMarkdown(trend);
  if (output.format === "html") return renderTrendHtml(trend, { today: output.today });
  return renderTrendText(trend, textOptions(output.io));
}

/** The baseline day: the period's first, or the review date for a period that has not started. */
function periodStart(period: ReviewPeriod, reviewDate: string): StateRequest {
  return { day: period.start < reviewDate ? period.start : reviewDate };
}

/** `--baseline`: a date (the state at its end) or a revision (the state at that commit). */
function baselineNamed(opened: Opened, text: string): StateRequest {
  if (isCalendarDate(text)) return { day: text };
  try {
    return { commit: resolveCommit(opened.repo, text) };
  } catch (error) {
    // Not a revision: a date with a typo ("2026-02-30") says so, rather than "unknown revision".
    checkDateShaped("--baseline", text);
    throw error;
  }
}

interface PickedStates {
  baseline: ReadState;
  end: ReadState;
  origin: BaselineOrigin;
}

/**
 * The two states of one review, or undefined when there is no road map by the end. A baseline
 * before the road map existed (or older than a shallow clone) is its first commit (docs/review.md).
 */
function pickStates(
  history: ReviewHistory,
  baselineAt: number,
  endAt: number,
  named: boolean,
): PickedStates | undefined {
  const end = history.states[endAt];
  if (end === undefined || isEmptyRoadmap(end.roadmap)) return undefined;
  const start = history.states[baselineAt];
  if (start !== undefined && (named || !isEmptyRoadmap(start.roadmap))) {
    return { baseline: start, end, origin: named ? "named" : "period-start" };
  }
  if (history.first === undefined) return undefined;
  return { baseline: history.first, end, origin: named ? "first-commit-named" : "first-commit" };
}

/**
 * Renames from the baseline to the end: followed commit by commit along the walk, or, for a
 * baseline off the first-parent line (or after the end), by comparing the two states.
 */
function identityBetween(history: ReviewHistory, baseline: ReadState, end: ReadState): EpicIdentity {
  const commits = history.commits;
  const endAt = commits.findIndex((commit) => commit.hash === end.through);
  const baselineAt = commits.findIndex((commit) => commit.hash === baseline.through);
  if (baseline.through === undefined || endAt === -1 || baselineAt < endAt) {
    return renamesBetween(baseline.roadmap, end.roadmap);
  }
  return followRenames(commits.slice(endAt, baselineAt).reverse(), (id) => baseline.roadmap.epicById.has(id));
}

function renderReport(report: ReviewReport, origin: BaselineOrigin, output: Output): string {
  switch (output.format) {
    case "json":
      return `${JSON.stringify(report, null, 2)}\n`;
    case "markdown":
      return renderReviewMarkdown(report, origin);
    case "html":
      return renderReviewHtml(report, { today: output.today, baselineOrigin: origin });
    case "text":
      return renderReviewText(report, { ...textOptions(output.io), baselineOrigin: origin });
  }
}

function textOptions(io: Io) {
  return {
    paint: createPaint(io.stdout, io.env),
    width: io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80,
  };
}
