// `export --format html` (the stakeholder page) on the 5,000-epic road map against validate of the
// same folder, in the same rounds (target 2x: the page renders every epic twice, on the timeline
// and in the full list, each with its stories, plus the dependency arrows), and its peak RSS.
import { statSync } from "node:fs";
import { join } from "node:path";

export async function run(ctx) {
  const runs = Math.min(ctx.defaultRuns, 5);
  const page = join(ctx.scratch, "roadmap.html");
  const [validate, html] = ctx.measureTogether(
    [
      { args: ["validate", "-C", ctx.roadmapDir] },
      { args: ["export", "--format", "html", "-C", ctx.roadmapDir, "--today", "2026-11-25", "-o", page] },
    ],
    { runs, expectCodes: [0] },
  );
  ctx.report("validate, 5,000 epics (same rounds)", validate.seconds, "s");
  ctx.report(
    `export --format html (${(statSync(page).size / 1024 / 1024).toFixed(1)} MiB page)`,
    html.seconds,
    "s",
  );
  ctx.target("export --format html / validate", html.seconds / validate.seconds, 2, "x");
  ctx.report("export --format html / validate, CPU time", html.cpuSeconds / validate.cpuSeconds, "x");
  ctx.target("export --format html peak RSS", html.maxRssMb, 600, "MB");
}
