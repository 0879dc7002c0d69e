// `roadmap review` against `roadmap validate` of the tip (targets: a quarter within 2x, a
// four-quarter trend within 3x), on the bench history of 40-history.mjs with its commits
// spread over a year (one every 9 hours), so each quarter of 2026 has its own states.
import { join } from "node:path";
import { measureInterleaved } from "../measure.mjs";
import { buildHistory } from "./40-history.mjs";

const COMMITS = Number(process.env.BENCH_COMMITS ?? 1000);
const NINE_HOURS = 9 * 3600;

export async function run(ctx) {
  const runs = Math.min(ctx.defaultRuns, 3);
  const repo = join(ctx.scratch, "history");
  const started = performance.now();
  buildHistory(ctx.roadmapDir, ctx.generated, repo, COMMITS, NINE_HOURS);
  ctx.report(
    `generated history: ${COMMITS} commits over a year (fast-import)`,
    (performance.now() - started) / 1000,
    "s",
  );

  const dir = join(repo, "roadmap");
  const today = ["--today", "2027-02-01"];
  const [quarter, trend, validate] = measureInterleaved(
    [
      { command: process.execPath, args: [ctx.bin, "review", "2026-Q3", "-C", dir, ...today, "--json"] },
      {
        command: process.execPath,
        args: [ctx.bin, "review", "--trend", "4", "2026-Q4", "-C", dir, ...today, "--json"],
      },
      { command: process.execPath, args: [ctx.bin, "validate", "-C", dir] },
    ],
    { runs },
  );
  const summary = JSON.parse(quarter.stdout).summary;
  ctx.report(`review 2026-Q3 (${summary.committed} committed, ${summary.added} added)`, quarter.seconds, "s");
  ctx.report("review --trend 4 (2026-Q1 .. 2026-Q4)", trend.seconds, "s");
  ctx.report("validate of the tip", validate.seconds, "s");
  ctx.report("review / validate, CPU time", quarter.cpuSeconds / validate.cpuSeconds, "x");
  ctx.report("review --trend 4 / validate, CPU time", trend.cpuSeconds / validate.cpuSeconds, "x");
  ctx.report("review peak RSS", quarter.maxRssMb, "MB");
  ctx.target("review <quarter> / validate (wall)", quarter.seconds / validate.seconds, 2, "x");
  ctx.target("review --trend 4 / validate (wall)", trend.seconds / validate.seconds, 3, "x");
}
