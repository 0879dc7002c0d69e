// `roadmap show`: the road map in the terminal (docs/views.md). Reads, filters, renders; the views
// themselves are pure functions of the filtered road map.
import { roadmapForAudience } from "../audience/redact-roadmap.js";
import { UsageError } from "../errors.js";
import { isUnmet, linksOf } from "../model/dependencies.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Epic } from "../model/schemas.js";
import { didYouMean } from "../util/did-you-mean.js";
import { dateStyleOf } from "../views/date-style.js";
import { depths } from "../views/depths.js";
import { filterRoadmap, isFilterEmpty } from "../views/filter.js";
import { buildShowTree, missionProgress } from "../views/show-tree.js";
import { renderDeps } from "../views/text/deps-view.js";
import { renderNowNextLater } from "../views/text/now-next-later-view.js";
import { renderTimeline } from "../views/text/timeline-view.js";
import { renderTree } from "../views/text/tree-view.js";
import { type AudienceOptions, resolveAudience } from "./audience.js";
import { type FilterOptions, resolveFilter } from "./filter-options.js";
import { showViews, textFormats } from "./flag-values.js";
import type { Io } from "./io.js";
import { exitAfterPartialOutput, openRoadmap } from "./open-roadmap.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";
import { resolveToday } from "./today.js";

export type View = (typeof showViews)[number];

export interface ShowOptions extends ReadOptions, FilterOptions, AudienceOptions {
  view?: string;
  depth?: string;
  /** Checked where declared (flags.ts). */
  width?: number;
  /** `--deps`: the timeline marks what each epic still waits on. */
  deps?: boolean;
}

/** `epic` is the argument of `show --view deps <epic>`. */
export async function runShow(options: ShowOptions, io: Io, epic?: string): Promise<number> {
  const format = resolveFormat(options, textFormats, "text");
  const view = pickOne("view", options.view ?? "tree", showViews);
  const depth = pickOne("depth", options.depth ?? "story", depths);
  checkViewArguments(view, epic, options);
  const width = resolveWidth(options.width, io);
  const audience = resolveAudience(options);
  const today = resolveToday(options.today, io.env);
  const opened = await openRoadmap(options, io);
  const visible = roadmapForAudience(opened.roadmap, audience);
  const filter = resolveFilter(options, visible, today, (line) => io.err(`roadmap: ${line}\n`));
  if (view === "deps" && !isFilterEmpty(filter)) {
    throw new UsageError("--view deps follows the whole chain of an epic; it takes no filter");
  }
  const roadmap = filterRoadmap(visible, filter);
  if (format === "json") {
    io.out(`${JSON.stringify(buildShowTree(roadmap), null, 2)}\n`);
  } else {
    const paint = createPaint(io.stdout, io.env);
    const fiscalYearStart = opened.roadmap.mission?.data.fiscal_year_start ?? 1;
    if (view === "tree") {
      io.out(
        renderTree(buildShowTree(roadmap), {
          width,
          depth,
          paint,
          missionProgress: missionProgress(roadmap),
          dates: dateStyleOf(roadmap),
          continuesOf: (id) => roadmap.epicById.get(id)?.data.continues,
          themeStatus: (id) => roadmap.themeById.get(id)?.data.status,
        }),
      );
    } else if (view === "timeline") {
      io.out(
        renderTimeline(roadmap, {
          width,
          today,
          paint,
          fiscalYearStart,
          epics: depths.indexOf(depth) >= depths.indexOf("epic"),
          // What an epic waits on is read from the whole (audience's) road map: a filter must
          // not make a dependency look met.
          ...(options.deps ? { unmet: (item) => linksOf(item, visible).filter(isUnmet) } : {}),
        }),
      );
    } else if (view === "deps") {
      io.out(renderDeps(roadmap, findEpic(roadmap, epic!), { width, paint, dates: dateStyleOf(roadmap) }));
    } else {
      io.out(renderNowNextLater(roadmap, { width, today, paint, fiscalYearStart }));
    }
  }
  return exitAfterPartialOutput(opened, io, "showing what validated");
}

/** An epic id goes with --view deps, and only there; --deps with the timeline. */
function checkViewArguments(view: View, epic: string | undefined, options: ShowOptions): void {
  if (view === "deps" && epic === undefined) {
    throw new UsageError("--view deps needs an epic: roadmap show --view deps <epic-id>");
  }
  if (view !== "deps" && epic !== undefined) {
    throw new UsageError(`show takes an epic id only with --view deps (got "${epic}")`);
  }
  if (options.deps && view !== "timeline") {
    throw new UsageError("--deps marks dependencies on the timeline: use it with --view timeline");
  }
}

function findEpic(roadmap: Roadmap, id: string): Located<Epic> {
  const epic = roadmap.epicById.get(id.trim());
  if (epic !== undefined) return epic;
  throw new UsageError(`unknown epic "${id.trim()}"${didYouMean(id.trim(), roadmap.epicById.keys())}`);
}

function pickOne<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `unknown --${flag} "${value}"${didYouMean(value, allowed)}; use one of: ${allowed.join(", ")}`,
  );
}

/** --width, else the terminal's columns, else 80 (not a TTY: docs/views.md). */
function resolveWidth(flag: number | undefined, io: Io): number {
  if (flag !== undefined) return flag;
  return io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
}
