// Whole-process measurement: wall time and peak RSS of a child process, median of N runs.
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
  if (useTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, "utf8"));
    if (match) maxRssMb = Number(match[1]) / 1024;
  }
  return { seconds, maxRssMb, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs `command args` `runs` times (after `warmup` unmeasured runs) and returns the medians.
 * Throws when the exit code is not one of `expectCodes`: a benchmark of a crash measures nothing.
 */
export function measureCommand(command, args, options = {}) {
  const { cwd = process.cwd(), env = {}, runs = 5, warmup = 1, expectCodes = [0, 1] } = options;
  const scratch = mkdtempSync(join(tmpdir(), "roadmap-time-"));
  try {
    const timeFile = join(scratch, "time.txt");
    const samples = [];
    for (let i = 0; i < warmup + runs; i++) {
      const sample = runOnce(command, args, { cwd, env }, timeFile);
      if (!expectCodes.includes(sample.status)) {
        throw new Error(
          `${[command, ...args].join(" ")} exited ${sample.status}:\n${sample.stderr.slice(0, 2000)}`,
        );
      }
      if (i >= warmup) samples.push(sample);
    }
    return {
      seconds: median(samples.map((s) => s.seconds)),
      maxRssMb: median(samples.map((s) => s.maxRssMb)),
      runs,
      status: samples[0].status,
      stdout: samples[0].stdout,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
