// `roadmap rollup`: progress rolled up story -> epic -> milestone / theme -> mission (SPEC 7).
import { rollupRoadmap } from "../rollup/rollup.js";
import { renderRollup } from "../views/text/rollup.js";
import { textFormats } from "./flag-values.js";
import type { Io } from "./io.js";
import { openRoadmap } from "./open-roadmap.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";

export async function runRollup(options: ReadOptions, io: Io): Promise<number> {
  const format = resolveFormat(options, textFormats, "text");
  const opened = await openRoadmap(options, io);
  const rollup = rollupRoadmap(opened.roadmap);
  if (format === "json") {
    io.out(`${JSON.stringify(rollup, null, 2)}\n`);
  } else {
    const tty = io.stdout.isTTY === true;
    io.out(
      renderRollup(rollup, {
        paint: createPaint(io.stdout, io.env),
        width: tty && io.stdout.columns ? io.stdout.columns : 80,
        bars: tty,
      }),
    );
  }
  // As `show`: a partial roll-up is still useful, but it must not pass for a whole one.
  const errors = opened.findings.filter((finding) => finding.severity === "error").length;
  if (errors === 0) return 0;
  io.err(
    `roadmap: the road map has ${errors} error${errors === 1 ? "" : "s"}; the roll-up counts only what validated (run roadmap validate)\n`,
  );
  return 1;
}
