// `roadmap show --view tree` (SPEC 5): mission, themes, their milestones in date order, epics,
// stories, each with status and progress; unscheduled epics last under their theme; dropped
// epics dimmed and marked. Every line fits the given width.
import type { Paint } from "../../util/paint.js";
import { type DateStyle, describeDates } from "../date-style.js";
import { type Depth, depths } from "../depths.js";
import type { ShowEpic, ShowMilestone, ShowTheme, ShowTree } from "../show-tree.js";
import { fitTo, formatPercent, progressBar, truncate } from "./fit.js";
import { type ItemStatus, paintStatus, statusGlyph } from "./status-style.js";

export interface TreeViewOptions {
  width: number;
  depth: Depth;
  paint: Paint;
  /** Progress of the whole (filtered) road map, drawn beside the mission. */
  missionProgress: number;
  /** Milestone dates as days (the default) or quarters (a public road map). */
  dates?: DateStyle;
  /** The epic an epic `continues`, named beside it (SPEC 10). */
  continuesOf?: (epicId: string) => string | undefined;
}

/** How deep the tree goes, how dates read, and what an epic's row names besides its title. */
interface RowContext {
  level: number;
  dates: DateStyle | undefined;
  continuesOf: (epicId: string) => string | undefined;
}

/** One line of the tree before layout: the label is cut to fit, the right column never is. */
interface Row {
  label: string;
  status?: ItemStatus;
  progress?: number;
  /** Shown instead of a progress figure (story points). */
  note?: string;
  dim?: boolean;
  bold?: boolean;
  children: Row[];
}

const STATUS_WIDTH = 11;
const PERCENT_WIDTH = 4;
const BAR_WIDTH = 10;

export function renderTree(tree: ShowTree, options: TreeViewOptions): string {
  const level = depths.indexOf(options.depth);
  const context: RowContext = {
    level,
    dates: options.dates,
    continuesOf: options.continuesOf ?? (() => undefined),
  };
  const rows = tree.themes.map((theme) => themeRow(theme, context));
  const mission: Row = {
    label: tree.mission.name,
    progress: options.missionProgress,
    bold: true,
    children: [],
  };
  const layout = chooseLayout(options.width);
  const lines = [drawRow(mission, "", layout, options.paint)];
  if (tree.mission.mission !== "")
    lines.push(options.paint.dim(truncate(tree.mission.mission, options.width)));
  if (level >= depths.indexOf("theme")) {
    if (rows.length === 0) lines.push("(nothing matches the filters)");
    drawChildren(rows, "", layout, options.paint, lines);
  }
  return `${lines.join("\n")}\n`;
}

function themeRow(theme: ShowTheme, context: RowContext): Row {
  const { level } = context;
  const children: Row[] = [];
  if (level >= depths.indexOf("milestone")) {
    children.push(...theme.milestones.map((milestone) => milestoneRow(milestone, context)));
    if (theme.unscheduled.length > 0) {
      children.push({
        label: `Unscheduled (${count(theme.unscheduled.length, "epic")})`,
        children:
          level >= depths.indexOf("epic") ? theme.unscheduled.map((epic) => epicRow(epic, context)) : [],
      });
    }
  }
  return { label: `${theme.title} (${theme.id})`, progress: theme.progress, bold: true, children };
}

function milestoneRow(milestone: ShowMilestone, context: RowContext): Row {
  return {
    label: `${milestone.title} (${milestone.id}) ${describeDates(milestone, context.dates, "→")}`,
    progress: milestone.progress,
    children:
      context.level >= depths.indexOf("epic") ? milestone.epics.map((epic) => epicRow(epic, context)) : [],
  };
}

function epicRow(epic: ShowEpic, context: RowContext): Row {
  const dropped = epic.status === "dropped";
  const continues = context.continuesOf(epic.id);
  const stories: Row[] =
    context.level >= depths.indexOf("story")
      ? epic.stories.map((story) => ({
          label: `${statusGlyph(story.status)} ${story.title} (${story.id})`,
          status: story.status,
          note: story.points === null ? "" : `${story.points}pt`,
          dim: dropped,
          children: [],
        }))
      : [];
  return {
    label: `${statusGlyph(epic.status)} ${epic.title} (${epic.id}${continues === undefined ? "" : `, continues ${continues}`})`,
    status: epic.status,
    progress: epic.progress,
    dim: dropped,
    children: stories,
  };
}

interface Layout {
  width: number;
  /** Width of the right-hand column (status, percent, bar). */
  right: number;
  bar: boolean;
}

/** Narrow terminals drop the bar, then the status word, so titles keep some room. */
function chooseLayout(width: number): Layout {
  if (width >= 70) return { width, right: STATUS_WIDTH + PERCENT_WIDTH + BAR_WIDTH + 2, bar: true };
  if (width >= 40) return { width, right: STATUS_WIDTH + PERCENT_WIDTH + 1, bar: false };
  return { width, right: 0, bar: false };
}

function drawChildren(rows: Row[], prefix: string, layout: Layout, paint: Paint, lines: string[]): void {
  rows.forEach((row, index) => {
    const last = index === rows.length - 1;
    lines.push(drawRow(row, prefix + (last ? "└─ " : "├─ "), layout, paint));
    drawChildren(row.children, prefix + (last ? "   " : "│  "), layout, paint, lines);
  });
}

function drawRow(row: Row, prefix: string, layout: Layout, paint: Paint): string {
  // Guides are box-drawing characters and spaces, one cell each: no need to measure them.
  const guide = prefix.slice(0, layout.width);
  const labelWidth = layout.width - guide.length - (layout.right > 0 ? layout.right + 1 : 0);
  if (labelWidth < 1) return paint.gray(guide);
  const label = layout.right > 0 ? fitTo(row.label, labelWidth) : truncate(row.label, labelWidth);
  let right = "";
  if (layout.right > 0) {
    const status = (row.status ?? "").padEnd(STATUS_WIDTH);
    const figure = (row.progress === undefined ? (row.note ?? "") : formatPercent(row.progress)).padStart(
      PERCENT_WIDTH,
    );
    const bar = layout.bar
      ? ` ${row.progress === undefined ? " ".repeat(BAR_WIDTH) : progressBar(row.progress, BAR_WIDTH)}`
      : "";
    right = ` ${status} ${figure}${bar}`.trimEnd();
  }
  const text = `${label}${right}`.trimEnd();
  const styled = row.dim
    ? paint.dim(text)
    : row.bold
      ? paint.bold(text)
      : row.status
        ? paintStatus(paint, row.status, text)
        : text;
  return paint.gray(guide) + styled;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
