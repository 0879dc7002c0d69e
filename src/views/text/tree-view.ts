// `roadmap show --view tree` (docs/views.md): mission, themes, their milestones in date order, epics,
// stories, each with status and progress; unscheduled epics last under their theme; dropped
// epics dimmed and marked. Every line fits the given width.

import { formatPercent } from "../../model/percent.js";
import type { ThemeStatus } from "../../model/schemas.js";
import type { Paint } from "../../util/paint.js";
import { plural } from "../../util/plural.js";
import { pushAll } from "../../util/spread-free.js";
import { type DateStyle, describeDates } from "../date-style.js";
import { type Depth, depths } from "../depths.js";
import type { ShowEpic, ShowMilestone, ShowTheme, ShowTree } from "../show-tree.js";
import { fitTo, progressBar, truncate, widthOf } from "./fit.js";
import { type ItemStatus, paintStatus, statusGlyph } from "./status-style.js";

export interface TreeViewOptions {
  width: number;
  depth: Depth;
  paint: Paint;
  /** Progress of the whole (filtered) road map, drawn beside the mission. */
  missionProgress: number;
  /** Milestone dates as days (the default) or quarters (a public road map). */
  dates?: DateStyle;
  /** The epic an epic `continues`, named beside it (docs/review.md). */
  continuesOf?: (epicId: string) => string | undefined;
  /** A theme's status: paused and retired themes are marked and dimmed (as in the HTML export). */
  themeStatus?: (id: string) => ThemeStatus | undefined;
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
  /** After the label and never cut (a milestone's dates): the label gives way first. */
  keep?: string;
  /** An epic's row: its title and what follows in brackets (its id), kept whole where cut titles would collide. */
  epic?: { title: string; id: string };
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
  const rows = tree.themes.map((theme) => themeRow(theme, context, options.themeStatus?.(theme.id)));
  const layout = chooseLayout(options.width);
  keepIdsWhereCutTitlesCollide(rows, layout);
  const mission: Row = {
    label: tree.mission.name,
    progress: options.missionProgress,
    bold: true,
    children: [],
  };
  const lines = [drawRow(mission, "", layout, options.paint)];
  if (tree.mission.mission !== "")
    lines.push(options.paint.dim(truncate(tree.mission.mission, options.width)));
  if (level >= depths.indexOf("theme")) {
    if (rows.length === 0) lines.push("(nothing matches the filters)");
    drawChildren(rows, "", layout, options.paint, lines);
  }
  return `${lines.join("\n")}\n`;
}

function themeRow(theme: ShowTheme, context: RowContext, status: ThemeStatus | undefined): Row {
  const { level } = context;
  const children: Row[] = [];
  if (level >= depths.indexOf("milestone")) {
    pushAll(
      children,
      theme.milestones.map((milestone) => milestoneRow(milestone, context)),
    );
    if (theme.unscheduled.length > 0) {
      children.push({
        label: `Unscheduled (${plural(theme.unscheduled.length, "epic")})`,
        children:
          level >= depths.indexOf("epic") ? theme.unscheduled.map((epic) => epicRow(epic, context)) : [],
      });
    }
  }
  const row: Row = { label: `${theme.title} (${theme.id})`, progress: theme.progress, bold: true, children };
  if (status === undefined || status === "active") return row;
  return { ...row, status, bold: false, dim: true };
}

function milestoneRow(milestone: ShowMilestone, context: RowContext): Row {
  return {
    label: `${milestone.title} (${milestone.id})`,
    keep: ` ${describeDates(milestone, context.dates, "→")}`,
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
    epic: {
      title: `${statusGlyph(epic.status)} ${epic.title}`,
      id: `${epic.id}${continues === undefined ? "" : `, continues ${continues}`}`,
    },
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
  const fitted = fitLabel(row, labelWidth);
  const label = layout.right > 0 ? fitTo(fitted, labelWidth) : fitted;
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

/** Epic rows all sit two levels down (theme, milestone or "Unscheduled", epic). */
const EPIC_DEPTH = 2;

/**
 * Two epics whose labels cut to the same text (long titles that start alike) would read as
 * one: those keep their ids whole and cut the title instead (docs/views.md).
 */
function keepIdsWhereCutTitlesCollide(themes: Row[], layout: Layout): void {
  const epics = themes
    .flatMap((theme) => theme.children.flatMap((group) => group.children))
    .filter((row) => row.epic);
  const width = labelWidthAt(EPIC_DEPTH, layout);
  const byCut = new Map<string, Row[]>();
  for (const row of epics) {
    // Without the status glyph: a different status does not tell two titles apart.
    const cut = truncate(row.label, width).slice(2);
    byCut.set(cut, [...(byCut.get(cut) ?? []), row]);
  }
  for (const rows of byCut.values()) {
    if (rows.length < 2 || !rows.some((row) => truncate(row.label, width) !== row.label)) continue;
    for (const row of rows) {
      row.label = row.epic!.title;
      row.keep = ` (${row.epic!.id})`;
    }
  }
}

function labelWidthAt(depth: number, layout: Layout): number {
  return layout.width - 3 * depth - (layout.right > 0 ? layout.right + 1 : 0);
}

/** The label cut to `width`, keeping `keep` whole while the label still has some room beside it. */
function fitLabel(row: Row, width: number): string {
  if (row.keep === undefined) return truncate(row.label, width);
  const room = width - widthOf(row.keep);
  if (room < 8) return truncate(`${row.label}${row.keep}`, width);
  return `${truncate(row.label, room)}${row.keep}`;
}
