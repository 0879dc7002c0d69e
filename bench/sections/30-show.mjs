// `roadmap show` on the 5,000-epic road map against validate of the same folder (target: 1.5x),
// for each view and --json, at a fixed today and width; and against the 6.7 s Backlog.md takes
// to list 5,000 items (target: at least 3x faster). Backlog.md's list is one line per item, so
// the like-for-like command is `show --depth epic` (5,000 epics under their themes and
// milestones); the full tree adds 50,000 story lines and is reported beside it. Measured
// interleaved, round after round.
const BACKLOG_MD_LIST_SECONDS = 6.7;

export async function run(ctx) {
  const runs = Math.min(ctx.defaultRuns, 5);
  const fixed = ["-C", ctx.roadmapDir, "--today", "2026-11-25", "--width", "120"];
  const views = ["tree", "timeline", "now-next-later"];
  const [validate, json, epicsOnly, ...shown] = ctx.measureTogether(
    [
      { args: ["validate", "-C", ctx.roadmapDir] },
      { args: ["show", ...fixed, "--json"] },
      { args: ["show", ...fixed, "--depth", "epic"] },
      ...views.map((view) => ({ args: ["show", ...fixed, "--view", view] })),
    ],
    { runs },
  );
  const named = [["json", json], ["--depth epic", epicsOnly], ...views.map((view, i) => [view, shown[i]])];
  for (const [name, result] of named) {
    if (result.status !== 0) {
      throw new Error(
        `show (${name}) on the bench road map failed (exit ${result.status}):\n${result.stdout.slice(0, 2000)}`,
      );
    }
  }
  const epics = ctx.generated.epics.length.toLocaleString("en");
  ctx.report(`validate, ${epics} epics (same rounds)`, validate.seconds, "s");
  ctx.report("show --json", json.seconds, "s");
  ctx.target("show --json / validate", json.seconds / validate.seconds, 1.5, "x");
  views.forEach((view, i) => {
    const result = shown[i];
    ctx.report(`show --view ${view} (${result.stdout.split("\n").length} lines)`, result.seconds, "s");
    ctx.target(`show --view ${view} / validate`, result.seconds / validate.seconds, 1.5, "x");
    ctx.target(`show --view ${view} peak RSS`, result.maxRssMb, 400, "MB");
  });
  // CPU time beside wall time: on a busy shared machine wall time grows with the load, and the
  // CPU time is the better estimate of what the command costs on an idle one.
  views.forEach((view, i) => {
    ctx.report(`show --view ${view} / validate, CPU time`, shown[i].cpuSeconds / validate.cpuSeconds, "x");
  });
  const tree = shown[0];
  ctx.report("show --view tree, CPU time (user + system)", tree.cpuSeconds, "s");
  ctx.report(`show --depth epic (${epicsOnly.stdout.split("\n").length} lines)`, epicsOnly.seconds, "s");
  ctx.report("show --depth epic, CPU time (user + system)", epicsOnly.cpuSeconds, "s");
  ctx.report("Backlog.md listing 5,000 items (published figure)", BACKLOG_MD_LIST_SECONDS, "s");
  ctx.report("show (full tree) time / Backlog.md time", tree.seconds / BACKLOG_MD_LIST_SECONDS, "x");
  ctx.report(
    "show --depth epic CPU time / Backlog.md time",
    epicsOnly.cpuSeconds / BACKLOG_MD_LIST_SECONDS,
    "x",
  );
  ctx.target(
    "show --depth epic time / Backlog.md time",
    epicsOnly.seconds / BACKLOG_MD_LIST_SECONDS,
    1 / 3,
    "x",
  );
}
