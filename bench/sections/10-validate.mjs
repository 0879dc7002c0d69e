// validate on the bench road map against the floor (read + js-yaml parse of the same files),
// its peak memory, and start-up against bare node. Each comparison is measured interleaved.
import { join } from "node:path";

export async function run(ctx) {
  const epics = ctx.generated.epics.length.toLocaleString("en");
  const [validate, floor] = ctx.measureTogether([
    { args: ["validate", "-C", ctx.roadmapDir] },
    { node: [join(ctx.root, "bench", "floor.mjs"), ctx.roadmapDir] },
  ]);
  if (validate.status !== 0) {
    throw new Error(`validate of the bench road map failed:\n${validate.stdout.slice(0, 2000)}`);
  }
  ctx.report(`validate, ${epics} epics (wall)`, validate.seconds, "s");
  ctx.report("floor: readFileSync + js-yaml CORE_SCHEMA (wall)", floor.seconds, "s");
  ctx.report("validate / floor, CPU time (user + system)", validate.cpuSeconds / floor.cpuSeconds, "x");
  ctx.target("validate / floor", validate.seconds / floor.seconds, 1.5, "x");
  ctx.target("validate peak RSS", validate.maxRssMb, 400, "MB");

  const [bare, version, small] = ctx.measureTogether(
    [
      { node: ["-e", ""] },
      { args: ["--version"] },
      { args: ["validate", "-C", join(ctx.root, "examples", "acme")] },
    ],
    { runs: ctx.defaultRuns * 2 },
  );
  ctx.report('bare node -e ""', bare.seconds, "s");
  ctx.report("roadmap --version", version.seconds, "s");
  ctx.report("roadmap validate -C examples/acme", small.seconds, "s");
  ctx.report(
    "start-up: validate examples/acme / bare node, CPU time",
    small.cpuSeconds / bare.cpuSeconds,
    "x",
  );
  ctx.target("start-up: --version / bare node", version.seconds / bare.seconds, 2, "x");
  ctx.target("start-up: validate examples/acme / bare node", small.seconds / bare.seconds, 2, "x");
}
