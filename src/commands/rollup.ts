// `roadmap rollup`: progress rolled up story -> epic -> milestone / theme -> mission (README.md),
// or, with `--by team|label`, per team or per label (docs/format.md).
import { UsageError } from "../errors.js";
import type { RollupNode } from "../rollup/rollup.js";
import { rollupRoadmap } from "../rollup/rollup.js";
import { rollupGroups, rollupWithoutTeam } from "../rollup/rollup-groups.js";
import { didYouMean } from "../util/did-you-mean.js";
import { type RollupViewOptions, renderRollup, renderRollupGroups } from "../views/text/rollup.js";
import { type RollupGrouping, rollupGroupings, textFormats } from "./flag-values.js";
import type { Io } from "./io.js";
import { exitAfterPartialOutput, openRoadmap } from "./open-roadmap.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";

export interface RollupOptions extends ReadOptions {
  by?: string;
}

const GROUP_TITLES: Record<RollupGrouping, string> = { team: "Teams", label: "Labels" };

export async function runRollup(options: RollupOptions, io: Io): Promise<number> {
  const format = resolveFormat(options, textFormats, "text");
  const by = resolveGrouping(options.by);
  const opened = await openRoadmap(options, io);
  const rollup = rollupRoadmap(opened.roadmap);
  const groups: RollupNode[] | undefined = by === undefined ? undefined : rollupGroups(opened.roadmap, by);
  if (format === "json") {
    io.out(`${JSON.stringify(groups === undefined ? rollup : { groups }, null, 2)}\n`);
  } else {
    const tty = io.stdout.isTTY === true;
    const view: RollupViewOptions = {
      paint: createPaint(io.stdout, io.env),
      width: tty && io.stdout.columns ? io.stdout.columns : 80,
      bars: tty,
    };
    io.out(
      by === undefined || groups === undefined
        ? renderRollup(rollup, view)
        : renderRollupGroups(
            rollup.mission,
            GROUP_TITLES[by],
            groups,
            view,
            // With no team at all, every story is of no team: the total says it already.
            by === "team" && groups.length > 0 ? rollupWithoutTeam(opened.roadmap) : undefined,
          ),
    );
  }
  return exitAfterPartialOutput(opened, io, "the roll-up counts only what validated");
}

function resolveGrouping(by: string | undefined): RollupGrouping | undefined {
  if (by === undefined) return undefined;
  if ((rollupGroupings as readonly string[]).includes(by)) return by as RollupGrouping;
  throw new UsageError(
    `unknown --by "${by}"${didYouMean(by, rollupGroupings)}; use one of: ${rollupGroupings.join(", ")}`,
  );
}
