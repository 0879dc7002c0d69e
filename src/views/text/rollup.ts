// `roadmap rollup` as text (README.md): the mission, its themes, its milestones (in date order),
// each with done/total stories and points and a percentage; a small bar on a TTY. Titles
// shrink to fit the width; figures never do. `--by team|label` prints groups the same way.
import { formatPercent } from "../../model/percent.js";
import { formatPoints } from "../../model/points.js";
import type { Rollup, RollupNode } from "../../rollup/rollup.js";
import type { Paint } from "../../util/paint.js";
import { maxOf, pushAll } from "../../util/spread-free.js";
import { fitTo, progressBar, widthOf } from "./fit.js";

export interface RollupViewOptions {
  paint: Paint;
  /** Columns available. */
  width: number;
  /** Draw progress bars (on a TTY only: they mean nothing to a script). */
  bars: boolean;
}

const BAR_WIDTH = 10;
const INDENT = "  ";
/** Titles keep at least this many columns, even if the line then overflows. */
const MIN_NAME_WIDTH = 16;

interface Row {
  name: string;
  node?: RollupNode;
  heading?: boolean;
}

export function renderRollup(rollup: Rollup, options: RollupViewOptions): string {
  return renderRows(
    [
      { name: rollup.mission.title || "mission", node: rollup.mission, heading: true },
      ...section("Themes", rollup.themes),
      ...section("Milestones", rollup.milestones),
    ],
    options,
  );
}

/** `rollup --by team|label`: the whole road map, then one row per group (docs/format.md). */
export function renderRollupGroups(
  mission: RollupNode,
  title: string,
  groups: readonly RollupNode[],
  options: RollupViewOptions,
  /** The work no group counts (`--by team`: stories of no team), as a last row. */
  rest?: RollupNode,
): string {
  const rows: Row[] = [{ name: mission.title || "mission", node: mission, heading: true }];
  pushAll(rows, groups.length === 0 ? [{ name: `${title}: none` }] : section(title, groups));
  if (rest !== undefined) rows.push({ name: `${INDENT}${rest.title}`, node: rest });
  return renderRows(rows, options);
}

function renderRows(rows: readonly Row[], options: RollupViewOptions): string {
  const { paint } = options;
  const figures = rows.map((row) => (row.node ? describeFigures(row.node) : undefined));
  const storiesWidth = maxOf(
    figures.map((f) => f?.stories.length ?? 0),
    "stories".length,
  );
  const pointsWidth = maxOf(
    figures.map((f) => f?.points.length ?? 0),
    "points".length,
  );
  const percentWidth = "progress".length;
  const figuresWidth = storiesWidth + pointsWidth + percentWidth + 6 + (options.bars ? BAR_WIDTH + 2 : 0);
  const longestName = maxOf(rows.map((row) => widthOf(row.name)));
  const nameWidth = Math.max(MIN_NAME_WIDTH, Math.min(longestName, options.width - figuresWidth));

  const header =
    " ".repeat(nameWidth) +
    `  ${"stories".padStart(storiesWidth)}  ${"points".padStart(pointsWidth)}  ${"progress".padStart(percentWidth)}`;
  const lines = [paint.dim(header)];
  rows.forEach((row, index) => {
    const figure = figures[index];
    if (row.node === undefined || figure === undefined) {
      lines.push(paint.bold(row.name));
      return;
    }
    const name = fitTo(row.name, nameWidth);
    const done = row.node.progress >= 1;
    const percent = figure.percent.padStart(percentWidth);
    let line =
      `${row.heading ? paint.bold(name) : name}  ${figure.stories.padStart(storiesWidth)}` +
      `  ${figure.points.padStart(pointsWidth)}  ${done ? paint.green(percent) : percent}`;
    if (options.bars) line += `  ${paint.green(progressBar(row.node.progress, BAR_WIDTH))}`;
    lines.push(line);
  });
  return `${lines.join("\n")}\n`;
}

function section(title: string, nodes: readonly RollupNode[]): Row[] {
  if (nodes.length === 0) return [];
  // A label's node has the label as its title too: say it once.
  const name = (node: RollupNode): string =>
    node.title === node.id ? `${INDENT}${node.id}` : `${INDENT}${node.id}  ${node.title}`;
  return [{ name: title }, ...nodes.map((node) => ({ name: name(node), node }))];
}

function describeFigures(node: RollupNode): { stories: string; points: string; percent: string } {
  return {
    stories: `${node.stories.done}/${node.stories.total}`,
    points: `${formatPoints(node.points.done)}/${formatPoints(node.points.total)}`,
    percent: formatPercent(node.progress),
  };
}
