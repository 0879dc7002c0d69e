// fmt on the 5,000-epic road map: `fmt --check` against validate on the same folder (target
// 1.5x), then two full rewrites of a copy whose every epic is out of order: plain files (the
// js-yaml fast path, canonical-text.ts) and files with a comment (the exact yaml Document path).
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

  const copy = join(ctx.scratch, "roadmap");
  cpSync(ctx.roadmapDir, copy, { recursive: true });
  const epics = listFiles(join(copy, "epics"));
  const rewrite = (label, edit) => {
    for (const path of epics) writeFileSync(path, edit(readFileSync(path, "utf8")));
    const result = ctx.measure(["fmt", "-C", copy], { runs: 1, warmup: 0 });
    ctx.report(`fmt rewriting 5,000 out-of-order epics, ${label}`, result.seconds, "s");
    ctx.target(`fmt rewrite peak RSS, ${label}`, result.maxRssMb, 600, "MB");
    ctx.measure(["fmt", "--check", "-C", copy], { runs: 1, warmup: 0, expectCodes: [0] });
  };
  // The first key moved to the end: still plain YAML.
  rewrite("plain", (text) => {
    const [first, ...rest] = text.split("\n");
    return `${rest.join("\n")}${first}\n`;
  });
  // The same, with a comment on that key: only the exact path keeps comments.
  rewrite("with a comment", (text) => {
    const [first, ...rest] = text.split("\n");
    return `${rest.join("\n")}${first} # moved\n`;
  });
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
