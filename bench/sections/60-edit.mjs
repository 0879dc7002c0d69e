// The edit commands on the 5,000-epic road map (issue 10): one `set` against one `validate` of
// the same folder, in the same rounds (target 1.5x: an edit validates the whole result, but must
// parse only the file it touches with the slow Document API). Each round sets a value and sets
// it back, so both runs really write. Then `mv` of a milestone, which rewrites every epic in it.
import { cpSync } from "node:fs";
import { join } from "node:path";

export async function run(ctx) {
  const runs = Math.min(ctx.defaultRuns, 5);
  const copy = join(ctx.scratch, "roadmap");
  cpSync(ctx.roadmapDir, copy, { recursive: true });
  const epic = ctx.generated.epics[Math.floor(ctx.generated.epics.length / 2)];
  const [validate, setOne, setBack, dryRun] = ctx.measureTogether(
    [
      { args: ["validate", "-C", copy] },
      { args: ["set", epic, "owner=Bench One", "-C", copy] },
      { args: ["set", epic, "owner=Bench Two", "-C", copy] },
      { args: ["set", epic, "owner=Bench Three", "--dry-run", "-C", copy] },
    ],
    { runs, expectCodes: [0] },
  );
  const set = Math.max(setOne.seconds, setBack.seconds);
  ctx.report("validate, 5,000 epics", validate.seconds, "s");
  ctx.report("set one key of one epic (writes)", set, "s");
  ctx.report("set --dry-run", dryRun.seconds, "s");
  ctx.target("set / validate", set / validate.seconds, 1.5, "x");
  ctx.report(
    "set CPU / validate CPU",
    Math.max(setOne.cpuSeconds, setBack.cpuSeconds) / validate.cpuSeconds,
    "x",
  );
  ctx.target("set peak RSS", Math.max(setOne.maxRssMb, setBack.maxRssMb), 400, "MB");

  const milestone = ctx.generated.milestones[0];
  const mv = ctx.measure(["mv", milestone, `${milestone}-renamed`, "-C", copy], {
    runs: 1,
    warmup: 0,
    expectCodes: [0],
  });
  ctx.report(`mv a milestone (rewrites the epics in it)`, mv.seconds, "s");
}
