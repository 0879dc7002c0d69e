// validate on the 5,000-epic road map against the floor (read + js-yaml parse of the same
// files), its peak memory, and start-up against bare node.
import { join } from "node:path";

export async function run(ctx) {
  const validate = ctx.measure(["validate", "-C", ctx.roadmapDir], { runs: Math.min(ctx.defaultRuns, 5) });
  if (validate.status !== 0)
    throw new Error(`validate of the bench road map failed:\n${validate.stdout.slice(0, 2000)}`);
  const floor = ctx.measureNode([join(ctx.root, "bench", "floor.mjs"), ctx.roadmapDir], {
    runs: Math.min(ctx.defaultRuns, 5),
  });
  ctx.report("validate, 5,000 epics", validate.seconds, "s");
  ctx.report("floor: readFileSync + js-yaml CORE_SCHEMA", floor.seconds, "s");
  ctx.target("validate / floor", validate.seconds / floor.seconds, 1.5, "x");
  ctx.target("validate peak RSS", validate.maxRssMb, 400, "MB");

  const bare = ctx.measureNode(["-e", ""], { runs: ctx.defaultRuns * 2 });
  const version = ctx.measure(["--version"], { runs: ctx.defaultRuns * 2 });
  const small = ctx.measure(["validate", "-C", join(ctx.root, "examples", "acme")], {
    runs: ctx.defaultRuns * 2,
  });
  ctx.report('bare node -e ""', bare.seconds, "s");
  ctx.report("roadmap --version", version.seconds, "s");
  ctx.report("roadmap validate -C examples/acme", small.seconds, "s");
  ctx.target("start-up: --version / bare node", version.seconds / bare.seconds, 2, "x");
  ctx.target("start-up: validate examples/acme / bare node", small.seconds / bare.seconds, 2, "x");
}
