// How a command asks for its road map to be read: the ROADMAP_PARSE_WORKER setting (README,
// "Big road maps"), checked once here.
import { UsageError } from "../errors.js";
import type { ParseThreads } from "../load/parse-in-parallel.js";
import type { ReadSettings } from "../load/read-sources.js";
import type { Io } from "./io.js";

const THREAD_SETTINGS: readonly ParseThreads[] = ["auto", "on", "off"];

export function readSettings(io: Io): ReadSettings {
  return { threads: parseThreads(io.env) };
}

function parseThreads(env: NodeJS.ProcessEnv): ParseThreads {
  const setting = env.ROADMAP_PARSE_WORKER;
  if (setting === undefined || setting === "") return "auto";
  if ((THREAD_SETTINGS as readonly string[]).includes(setting)) return setting as ParseThreads;
  throw new UsageError(`ROADMAP_PARSE_WORKER must be auto, on or off (got "${setting}")`);
}
