// `roadmap show --view now-next-later` (docs/views.md): lean road-map columns. Now = the current
// quarter, next = the following one, later = after that plus the unscheduled epics. Epics are
// placed by their own dates (their `start`/`end`, else their milestone's), under their
// milestone's title (docs/views.md):
// - an epic is in every column whose quarter its dates overlap; in "next" after "now" it is
//   marked continuing, so a long milestone never leaves "next" saying "nothing planned";
// - work not done whose dates ended before today is overdue: it stays in "now", marked, even
//   when its milestone ended before this quarter (that is exactly when it slipped);
// - dropped epics are left out; a milestone with no live epic sits in the first column it
//   overlaps, "(no epics)".
// Three columns when each gets at least 24 cells, stacked sections otherwise.
import { epicDates } from "../../model/epic-dates.js";
import { overlaps, type QuarterRange, resolveQuarter } from "../../model/quarter.js";
import type { Located, Roadmap } from "../../model/roadmap.js";
import type { Epic, Milestone } from "../../model/schemas.js";
import type { Paint } from "../../util/paint.js";
import { maxOf } from "../../util/spread-free.js";
import { escapeForTerminal } from "../../util/terminal-text.js";
import { fitDistinctLabels } from "./distinct-labels.js";
import { fitTo, truncate } from "./fit.js";
import { paintStatus, statusGlyph } from "./status-style.js";

export interface NowNextLaterOptions {
  width: number;
  today: string;
  paint: Paint;
  fiscalYearStart: number;
}

/** Why an epic stands where it does when its milestone alone would not say. */
export type EpicMark = "continuing" | "overdue";

export interface BucketEpic {
  epic: Located<Epic>;
  mark?: EpicMark;
}

export interface Bucket {
  name: "Now" | "Next" | "Later";
  /** The quarter the bucket stands for; "later" has none. */
  quarter?: QuarterRange;
  milestones: { milestone: Located<Milestone>; epics: BucketEpic[] }[];
  unscheduled: Located<Epic>[];
}

const MIN_COLUMN_WIDTH = 24;
const GAP = "  ";

/** Sorts the road map into the three buckets (also used by the HTML export). */
export function bucketRoadmap(roadmap: Roadmap, today: string, fiscalYearStart: number): Bucket[] {
  const current = resolveQuarter("current", today, fiscalYearStart)!;
  const next = resolveQuarter("next", today, fiscalYearStart)!;
  const placed = {
    now: new Map<string, BucketEpic[]>(),
    next: new Map<string, BucketEpic[]>(),
    later: new Map<string, BucketEpic[]>(),
  };
  const unscheduled: Located<Epic>[] = [];
  const withLiveEpics = new Set<string>();
  const add = (column: keyof typeof placed, milestone: string, entry: BucketEpic): void => {
    const list = placed[column].get(milestone) ?? [];
    list.push(entry);
    placed[column].set(milestone, list);
  };
  for (const epic of roadmap.epics) {
    if (epic.data.status === "dropped") continue;
    const milestone = epic.data.milestone;
    if (milestone === undefined || !roadmap.milestoneById.has(milestone)) {
      unscheduled.push(epic);
      continue;
    }
    withLiveEpics.add(milestone);
    const dates = epicDates(epic.data, roadmap)!;
    const overdue = epic.data.status !== "done" && dates.end < today;
    const inNow = overlaps(dates, current) || (overdue && dates.end < current.start);
    if (inNow) add("now", milestone, overdue ? { epic, mark: "overdue" } : { epic });
    if (overlaps(dates, next)) add("next", milestone, inNow ? { epic, mark: "continuing" } : { epic });
    else if (dates.start > next.end) add("later", milestone, { epic });
  }
  const columnOf = (milestone: Milestone): keyof typeof placed | undefined =>
    overlaps(milestone, current)
      ? "now"
      : overlaps(milestone, next)
        ? "next"
        : milestone.start > next.end
          ? "later"
          : undefined;
  const entries = (column: keyof typeof placed): Bucket["milestones"] =>
    roadmap.milestones.flatMap((milestone) => {
      const epics = placed[column].get(milestone.id);
      if (epics !== undefined) return [{ milestone, epics }];
      const empty = !withLiveEpics.has(milestone.id) && columnOf(milestone.data) === column;
      return empty ? [{ milestone, epics: [] }] : [];
    });
  return [
    { name: "Now", quarter: current, milestones: entries("now"), unscheduled: [] },
    { name: "Next", quarter: next, milestones: entries("next"), unscheduled: [] },
    { name: "Later", milestones: entries("later"), unscheduled },
  ];
}

export function renderNowNextLater(roadmap: Roadmap, options: NowNextLaterOptions): string {
  const buckets = bucketRoadmap(roadmap, options.today, options.fiscalYearStart);
  const columnWidth = Math.floor((options.width - 2 * GAP.length) / 3);
  if (columnWidth < MIN_COLUMN_WIDTH) {
    const sections = buckets.map((bucket) =>
      bucketLines(bucket, options.width, options.paint, false).join("\n"),
    );
    return `${sections.join("\n\n")}\n`;
  }
  const columns = buckets.map((bucket) => bucketLines(bucket, columnWidth, options.paint, true));
  const height = maxOf(columns.map((column) => column.length));
  const blank = " ".repeat(columnWidth);
  const lines: string[] = [];
  for (let row = 0; row < height; row++) {
    lines.push(
      columns
        .map((column) => column[row] ?? blank)
        .join(GAP)
        .trimEnd(),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** A line before layout: text already fitted, or a heading still to be fitted. */
type Line = { text: string; style: (text: string) => string };

/** A bucket's lines, at most `width` cells wide; padded to exactly `width` to sit in a column. */
function bucketLines(bucket: Bucket, width: number, paint: Paint, pad: boolean): string[] {
  const lines: Line[] = [];
  const push = (text: string, style: (text: string) => string = (t) => t): void => {
    lines.push({ text: truncate(text, width), style });
  };
  const title = bucket.quarter ? `${bucket.name.toUpperCase()} · ${bucket.quarter.id}` : "LATER";
  push(title, paint.bold);
  push("─".repeat(width), paint.gray);
  // Epic lines of the whole column are fitted together, so equal cut titles get their ids.
  const epicLines: { index: number; entry: BucketEpic }[] = [];
  const pushEpic = (entry: BucketEpic): void => {
    epicLines.push({ index: lines.length, entry });
    lines.push({ text: "", style: (text) => paintStatus(paint, entry.epic.data.status, text) });
  };
  for (const { milestone, epics } of bucket.milestones) {
    push(escapeForTerminal(milestone.data.title), paint.bold);
    for (const entry of epics) pushEpic(entry);
    if (epics.length === 0) push("  (no epics)", paint.gray);
  }
  if (bucket.unscheduled.length > 0) {
    push("Unscheduled", paint.bold);
    for (const epic of bucket.unscheduled) pushEpic({ epic });
  }
  if (bucket.milestones.length === 0 && bucket.unscheduled.length === 0)
    push("(nothing planned)", paint.gray);
  const fitted = fitDistinctLabels(
    epicLines.map(({ entry }) => ({
      id: entry.epic.id,
      prefix: `  ${statusGlyph(entry.epic.data.status)} `,
      title: escapeForTerminal(entry.epic.data.title),
      ...(entry.mark === undefined ? {} : { suffix: ` · ${entry.mark}` }),
    })),
    width,
  );
  epicLines.forEach(({ index }, at) => {
    lines[index]!.text = fitted[at]!;
  });
  return lines.map(({ text, style }) => style(pad ? fitTo(text, width) : text));
}
