// Finding the road map (SPEC 3): -C/--dir, then ROADMAP_DIR, then the current folder if it
// holds mission.yaml, then ./roadmap if it does.
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../errors.js";

export interface FoundRoadmap {
  /** Absolute path of the road-map folder. */
  dir: string;
  /** How it was found, for messages. */
  via: "--dir" | "ROADMAP_DIR" | "current folder" | "./roadmap";
}

export function findRoadmapDir(options: {
  dir?: string | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
}): FoundRoadmap {
  const named = options.dir ?? options.env.ROADMAP_DIR;
  if (named !== undefined && named !== "") {
    const dir = resolve(options.cwd, named);
    const via = options.dir !== undefined ? "--dir" : "ROADMAP_DIR";
    if (!existsSync(dir)) throw new UsageError(`road-map folder ${named} does not exist (from ${via})`);
    if (!statSync(dir).isDirectory()) throw new UsageError(`${named} is not a folder (from ${via})`);
    return { dir, via };
  }
  if (hasMission(options.cwd)) return { dir: resolve(options.cwd), via: "current folder" };
  const nested = join(options.cwd, "roadmap");
  if (hasMission(nested)) return { dir: resolve(nested), via: "./roadmap" };
  throw new UsageError(
    "no road map found: no mission.yaml here or in ./roadmap (use -C <dir>, set ROADMAP_DIR, or run `roadmap init`)",
  );
}

function hasMission(dir: string): boolean {
  return existsSync(join(dir, "mission.yaml")) || existsSync(join(dir, "mission.yml"));
}
