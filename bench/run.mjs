// `npm run bench`: generates the 5,000-epic road map once in a temporary folder, then runs
// every section in bench/sections/*.mjs in name order. A section exports `run(ctx)` and
// reports figures; `ctx.target` also records whether a speed target was met, and the run exits
// 1 when any was missed (speed targets live here, never in timed tests).
//
//   node bench/run.mjs [name-filter...]     e.g. `node bench/run.mjs validate`
//   BENCH_RUNS=3 BENCH_EPICS=1000 npm run bench
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateRoadmap } from "./generate.mjs";
import { measureCommand, measureInterleaved } from "./measure.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "roadmap.js");
const sectionsDir = join(root, "bench", "sections");
const filters = process.argv.slice(2);
const defaultRuns = Number(process.env.BENCH_RUNS ?? 5);
const epics = Number(process.env.BENCH_EPICS ?? 5000);

const results = [];
const missed = [];

function formatValue(value) {
  return typeof value === "number" ? String(Math.round(value * 1000) / 1000) : String(value);
}

const ctx = {
  root,
  bin,
  roadmapDir: "",
  generated: undefined,
  /** A scratch folder for the section (removed at the end). */
  scratch: "",
  defaultRuns,
  /** The built CLI with `args`: median wall and CPU seconds and peak RSS (MB) over `runs` runs. */
  measure(args, options = {}) {
    return measureCommand(process.execPath, [bin, ...args], { runs: defaultRuns, ...options });
  },
  /** Any node script or flags (`["-e", ""]`, a floor script): same figures as measure. */
  measureNode(args, options = {}) {
    return measureCommand(process.execPath, args, { runs: defaultRuns, ...options });
  },
  /**
   * Several runs measured in turn, round after round (fair under changing load). Each job is
   * `{ args }` for the built CLI or `{ node }` for node arguments; results come in the same order.
   */
  measureTogether(jobs, options = {}) {
    const lines = jobs.map((job) => ({
      command: process.execPath,
      args: job.node ?? [bin, ...job.args],
    }));
    return measureInterleaved(lines, { runs: defaultRuns, ...options });
  },
  measureCommand,
  report(label, value, unit = "") {
    results.push({ label, value, unit });
    console.log(`  ${label.padEnd(52)} ${formatValue(value)}${unit ? ` ${unit}` : ""}`);
  },
  /** Reports `value` against a limit (`value <= limit` passes) and remembers misses. */
  target(label, value, limit, unit = "") {
    const ok = value <= limit;
    results.push({ label, value, unit, limit, ok });
    const verdict = ok ? "ok" : "MISSED";
    console.log(
      `  ${label.padEnd(52)} ${formatValue(value)}${unit ? ` ${unit}` : ""}  (target <= ${limit}${unit ? ` ${unit}` : ""}: ${verdict})`,
    );
    if (!ok) missed.push(label);
    return ok;
  },
};

const sections = readdirSync(sectionsDir)
  .filter((name) => name.endsWith(".mjs"))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

const workDir = mkdtempSync(join(tmpdir(), "roadmap-bench-"));
try {
  ctx.roadmapDir = join(workDir, "roadmap");
  const started = performance.now();
  ctx.generated = generateRoadmap(ctx.roadmapDir, { epics });
  const mib = ctx.generated.epicBytes / 1024 / 1024;
  console.log(
    `bench road map: ${epics} epics, ${mib.toFixed(1)} MiB of epic files, generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`node ${process.version}, ${defaultRuns} runs per figure (median)`);
  const [load] = loadavg();
  const cores = availableParallelism();
  console.log(`load average ${load.toFixed(1)} on ${cores} cores`);
  if (load > cores) {
    console.log("  the machine is busy: wall-clock ratios shrink towards 1; read the CPU-time figures too");
  }
  console.log("");
  for (const name of sections) {
    console.log(`${name}`);
    ctx.scratch = join(workDir, `scratch-${name}`);
    mkdirSync(ctx.scratch, { recursive: true });
    const { run } = await import(pathToFileURL(join(sectionsDir, name)).href);
    await run(ctx);
    console.log("");
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

mkdirSync(join(root, ".bench"), { recursive: true });
writeFileSync(join(root, ".bench", "results.json"), `${JSON.stringify({ epics, results }, null, 2)}\n`);
if (missed.length > 0) {
  console.log(`targets missed: ${missed.join("; ")}`);
  process.exitCode = 1;
} else {
  console.log("all targets met");
}
