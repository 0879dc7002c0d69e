// How a command asks for its files to be parsed: the worker the bundle ships, and the
// ROADMAP_PARSE_WORKER setting (README, "Big road maps").
import { UsageError } from "../errors.js";
import type { ParseOptions, ParseThreads } from "../load/parse-in-parallel.js";
import type { Io } from "./io.js";

const THREAD_SETTINGS: readonly ParseThreads[] = ["auto", "on", "off"];

/** The worker and ROADMAP_PARSE_WORKER setting for parseFiles. */
export function parseOptions(io: Io): ParseOptions {
  return { worker: io.parseWorker, threads: parseThreads(io.env) };
}

function parseThreads(env: NodeJS.ProcessEnv): ParseThreads {
  const setting = env.ROADMAP_PARSE_WORKER;
  if (setting === undefined || setting === "") return "auto";
  if ((THREAD_SETTINGS as readonly string[]).includes(setting)) return setting as ParseThreads;
  throw new UsageError(`ROADMAP_PARSE_WORKER must be auto, on or off (got "${setting}")`);
}
