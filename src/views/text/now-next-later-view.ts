// `roadmap show --view now-next-later` (SPEC 5): lean road-map columns. Now = milestones
// overlapping the current quarter, next = the following quarter, later = after that plus the
// unscheduled epics. A milestone spanning two quarters sits in the earlier column; milestones
// that ended before the current quarter are not shown. Three columns when each gets at least
// 24 cells, stacked sections otherwise.
import { overlaps, type QuarterRange, resolveQuarter } from "../../model/quarter.js";
import type { Located, Roadmap } from "../../model/roadmap.js";
import type { Epic, Milestone } from "../../model/schemas.js";
import type { Paint } from "../../util/paint.js";
import { fitTo, truncate } from "./fit.js";
import { paintStatus, statusGlyph } from "./status-style.js";

export interface NowNextLaterOptions {
  width: number;
  today: string;
  paint: Paint;
  fiscalYearStart: number;
}

export interface Bucket {
  name: "Now" | "Next" | "Later";
  /** The quarter the bucket stands for; "later" has none. */
  quarter?: QuarterRange;
  milestones: { milestone: Located<Milestone>; epics: Located<Epic>[] }[];
  unscheduled: Located<Epic>[];
}

const MIN_COLUMN_WIDTH = 24;
const GAP = "  ";

/** Sorts the road map into the three buckets (also used by the interactive browser). */
export function bucketRoadmap(roadmap: Roadmap, today: string, fiscalYearStart: number): Bucket[] {
  const current = resolveQuarter("current", today, fiscalYearStart)!;
  const next = resolveQuarter("next", today, fiscalYearStart)!;
  const buckets: Bucket[] = [
    { name: "Now", quarter: current, milestones: [], unscheduled: [] },
    { name: "Next", quarter: next, milestones: [], unscheduled: [] },
    { name: "Later", milestones: [], unscheduled: [] },
  ];
  const [now, soon, later] = buckets as [Bucket, Bucket, Bucket];
  const epicsByMilestone = new Map<string, Located<Epic>[]>();
  for (const epic of roadmap.epics) {
    const id = epic.data.milestone;
    if (id === undefined || !roadmap.milestoneById.has(id)) {
      later.unscheduled.push(epic);
      continue;
    }
    const list = epicsByMilestone.get(id) ?? [];
    list.push(epic);
    epicsByMilestone.set(id, list);
  }
  for (const milestone of roadmap.milestones) {
    const entry = { milestone, epics: epicsByMilestone.get(milestone.id) ?? [] };
    if (overlaps(milestone.data, current)) now.milestones.push(entry);
    else if (overlaps(milestone.data, next)) soon.milestones.push(entry);
    else if (milestone.data.start > next.end) later.milestones.push(entry);
  }
  return buckets;
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
  const height = Math.max(...columns.map((column) => column.length));
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

/** A bucket's lines, at most `width` cells wide; padded to exactly `width` to sit in a column. */
function bucketLines(bucket: Bucket, width: number, paint: Paint, pad: boolean): string[] {
  const lines: string[] = [];
  const push = (text: string, style: (text: string) => string = (t) => t): void => {
    lines.push(style(pad ? fitTo(text, width) : truncate(text, width)));
  };
  const title = bucket.quarter ? `${bucket.name.toUpperCase()} · ${bucket.quarter.id}` : "LATER";
  push(title, paint.bold);
  push("─".repeat(width), paint.gray);
  for (const { milestone, epics } of bucket.milestones) {
    push(milestone.data.title, paint.bold);
    for (const epic of epics) pushEpic(epic, push, paint);
    if (epics.length === 0) push("  (no epics)", paint.gray);
  }
  if (bucket.unscheduled.length > 0) {
    push("Unscheduled", paint.bold);
    for (const epic of bucket.unscheduled) pushEpic(epic, push, paint);
  }
  if (bucket.milestones.length === 0 && bucket.unscheduled.length === 0)
    push("(nothing planned)", paint.gray);
  return lines;
}

function pushEpic(
  epic: Located<Epic>,
  push: (text: string, style?: (text: string) => string) => void,
  paint: Paint,
): void {
  const status = epic.data.status;
  push(`  ${statusGlyph(status)} ${epic.data.title}`, (text) => paintStatus(paint, status, text));
}
