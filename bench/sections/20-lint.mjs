// lint on the 5,000-epic road map against validate on the same folder (target: 1.3x), with a
// fixed today so the findings (and so the work of locating them) are the same on every run.
export async function run(ctx) {
  const runs = Math.min(ctx.defaultRuns, 5);
  const today = ["--today", "2026-11-25"];
  const validate = ctx.measure(["validate", "-C", ctx.roadmapDir], { runs });
  const lint = ctx.measure(["lint", "-C", ctx.roadmapDir, ...today], { runs });
  const json = ctx.measure(["lint", "-C", ctx.roadmapDir, ...today, "--json"], { runs: 1 });
  if (validate.status !== 0)
    throw new Error(`validate of the bench road map failed:\n${validate.stdout.slice(0, 2000)}`);
  // Exit 1 is expected (the bench road map has lint errors); a crash would print no summary.
  // The last line is the summary: "1225 errors: 1203 dependency-order, 22 overcommitted; 32
  // warnings: 18 horizon, 14 overdue" (docs/rules.md).
  if ((lint.status !== 0 && lint.status !== 1) || !/\d+ errors?\b.*\d+ warnings?\b.*\n$/.test(lint.stdout)) {
    throw new Error(
      `lint of the bench road map failed (exit ${lint.status}):\n${lint.stdout.slice(0, 2000)}`,
    );
  }
  const { errors, warnings } = JSON.parse(json.stdout);
  ctx.report("lint findings on the bench road map", `${errors} errors, ${warnings} warnings`);
  ctx.report("validate, 5,000 epics (same run)", validate.seconds, "s");
  ctx.report("lint, 5,000 epics", lint.seconds, "s");
  ctx.target("lint / validate", lint.seconds / validate.seconds, 1.3, "x");
  // On a busy shared machine wall time grows with the load and ratios shrink towards 1;
  // CPU time shows the work lint adds.
  ctx.report("lint / validate, CPU time (user + system)", lint.cpuSeconds / validate.cpuSeconds, "x");
  ctx.target("lint peak RSS", lint.maxRssMb, 400, "MB");

  const rollup = ctx.measure(["rollup", "-C", ctx.roadmapDir, "--json"], { runs });
  ctx.report("rollup --json, 5,000 epics", rollup.seconds, "s");
  ctx.target("rollup / validate", rollup.seconds / validate.seconds, 1.3, "x");
  ctx.report("rollup / validate, CPU time (user + system)", rollup.cpuSeconds / validate.cpuSeconds, "x");
}
