// fmt on the 5,000-epic road map: `fmt --check` against validate on the same folder (target
// 1.5x: already-canonical files take the js-yaml fast path), then one full rewrite of a copy
// whose every epic is out of order (the exact yaml Document path), and --check after it.
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export async function run(ctx) {
  const runs = Math.min(ctx.defaultRuns, 3);
  const [validate, check] = ctx.measureTogether(
    [{ args: ["validate", "-C", ctx.roadmapDir] }, { args: ["fmt", "--check", "-C", ctx.roadmapDir] }],
    { runs },
  );
  ctx.report("fmt --check, 5,000 epics", check.seconds, "s");
  ctx.target("fmt --check / validate", check.seconds / validate.seconds, 1.5, "x");
  ctx.target("fmt --check peak RSS", check.maxRssMb, 400, "MB");

  // Every epic gets its first key moved to the end, so each one needs the exact path.
  const copy = join(ctx.scratch, "roadmap");
  cpSync(ctx.roadmapDir, copy, { recursive: true });
  for (const path of listFiles(join(copy, "epics"))) {
    const [first, ...rest] = readFileSync(path, "utf8").split("\n");
    writeFileSync(path, `${rest.join("\n")}${first}\n`);
  }
  const rewrite = ctx.measure(["fmt", "-C", copy], { runs: 1, warmup: 0 });
  ctx.report("fmt rewriting 5,000 out-of-order epics", rewrite.seconds, "s");
  ctx.target("fmt rewrite peak RSS", rewrite.maxRssMb, 600, "MB");
  const after = ctx.measure(["fmt", "--check", "-C", copy], { runs: 1, warmup: 0, expectCodes: [0] });
  ctx.report("fmt --check after the rewrite", after.seconds, "s");
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
