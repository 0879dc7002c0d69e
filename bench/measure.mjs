// Whole-process measurement: wall time, CPU time and peak RSS of a child process, median of N runs.
// Peak RSS comes from GNU time (`/usr/bin/time -v -o <file>`): node cannot read a child's rusage.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function runOnce(command, args, { cwd, env }, timeFile) {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ["-v", "-o", timeFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, {
    cwd,
    env: { ...process.env, NO_COLOR: "1", ...env },
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  let maxRssMb = Number.NaN;
  let cpuSeconds = Number.NaN;
  if (useTime) {
    const report = readFileSync(timeFile, "utf8");
    const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1] ?? Number.NaN);
    maxRssMb = field("Maximum resident set size \\(kbytes\\)") / 1024;
    cpuSeconds = field("User time \\(seconds\\)") + field("System time \\(seconds\\)");
  }
  return {
    seconds,
    cpuSeconds,
    maxRssMb,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** Medians of a command's samples. */
function summarize(samples) {
  return {
    seconds: median(samples.map((s) => s.seconds)),
    // CPU time (user + system) barely moves when other processes share the machine.
    cpuSeconds: median(samples.map((s) => s.cpuSeconds)),
    maxRssMb: median(samples.map((s) => s.maxRssMb)),
    runs: samples.length,
    status: samples[0].status,
    stdout: samples[0].stdout,
  };
}

/**
 * Runs several command lines in turn, round after round (`runs` measured rounds after `warmup`
 * unmeasured ones), and returns the medians of each in the order given. Interleaving keeps a
 * comparison fair when the load on a shared machine changes during the benchmark.
 * Throws when an exit code is not one of `expectCodes`: a benchmark of a crash measures nothing.
 * @param {{ command: string, args: string[] }[]} jobs
 */
export function measureInterleaved(jobs, options = {}) {
  const { cwd = process.cwd(), env = {}, runs = 5, warmup = 1, expectCodes = [0, 1] } = options;
  const scratch = mkdtempSync(join(tmpdir(), "roadmap-time-"));
  try {
    const timeFile = join(scratch, "time.txt");
    const samples = jobs.map(() => []);
    for (let round = 0; round < warmup + runs; round++) {
      jobs.forEach((job, index) => {
        const sample = runOnce(job.command, job.args, { cwd, env }, timeFile);
        if (!expectCodes.includes(sample.status)) {
          throw new Error(
            `${[job.command, ...job.args].join(" ")} exited ${sample.status}:\n${sample.stderr.slice(0, 2000)}`,
          );
        }
        if (round >= warmup) samples[index].push(sample);
      });
    }
    return samples.map(summarize);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Runs `command args` `runs` times (after `warmup` unmeasured runs) and returns the medians. */
export function measureCommand(command, args, options = {}) {
  return measureInterleaved([{ command, args }], options)[0];
}
