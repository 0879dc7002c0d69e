// The read path shared by every read command: find the folder, pick the source (working
// tree or a git revision), validate.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { locateFindings } from "../diagnostics/locate.js";
import { findRoadmapDir } from "../load/find-roadmap.js";
import { FolderSource } from "../load/folder-source.js";
import type { RoadmapSource } from "../load/source.js";
import { type ValidationResult, validateSources } from "../validate/validate-roadmap.js";
import type { Io } from "./io.js";
import type { ReadOptions } from "./options.js";

export interface OpenedRoadmap extends ValidationResult {
  /** Absolute path of the road-map folder (in the working tree). */
  dir: string;
  source: RoadmapSource;
  /** Findings turned into positioned, sorted diagnostics. */
  diagnostics(): Diagnostic[];
}

export async function openRoadmap(options: ReadOptions, io: Io): Promise<OpenedRoadmap> {
  const { dir } = findRoadmapDir({ dir: options.dir, env: io.env, cwd: io.cwd });
  const source = await openSource(dir, options.rev, io);
  const result = validateSources(source.read());
  return {
    ...result,
    dir,
    source,
    diagnostics: () => locateFindings(result.findings, (file) => result.texts.get(file)),
  };
}

async function openSource(dir: string, rev: string | undefined, io: Io): Promise<RoadmapSource> {
  if (rev === undefined) return new FolderSource(dir, dir);
  const { openRevisionSource } = await import("../history/revision-source.js");
  return openRevisionSource(dir, rev, io.cwd);
}
