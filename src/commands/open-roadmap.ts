// The read path shared by every read command: find the folder, pick the source (working
// tree or a git revision), validate.

import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { locateFindings } from "../diagnostics/locate.js";
import { findRoadmapDir } from "../load/find-roadmap.js";
import { FolderSource } from "../load/folder-source.js";
import { readSources } from "../load/read-sources.js";
import type { RoadmapSource } from "../load/source.js";
import { plural } from "../util/plural.js";
import { type ValidationResult, validateSources } from "../validate/validate-roadmap.js";
import type { Io } from "./io.js";
import type { ReadOptions } from "./options.js";
import { readSettings } from "./read-settings.js";

export interface OpenedRoadmap extends ValidationResult {
  /** Absolute path of the road-map folder (in the working tree; with --rev it may exist only at the revision). */
  dir: string;
  source: RoadmapSource;
  /** Findings turned into positioned, sorted diagnostics. */
  diagnostics(): Diagnostic[];
}

export async function openRoadmap(options: ReadOptions, io: Io): Promise<OpenedRoadmap> {
  const { dir, source } = await openSource(options, io);
  const { listing, parsed } = await readSources(source, readSettings(io));
  const result = validateSources(listing, { parsed });
  return {
    ...result,
    dir,
    source,
    diagnostics: () => locateFindings(result.findings, result.textOf),
  };
}

/**
 * The exit code of a read command that printed what validated: a partial view is still useful,
 * but it must not pass for a whole one, so a road map with errors exits 1 with a line on stderr
 * saying what the output covers (`outcome`: "showing what validated").
 */
export function exitAfterPartialOutput(opened: ValidationResult, io: Io, outcome: string): 0 | 1 {
  const errors = opened.findings.filter((finding) => finding.severity === "error").length;
  if (errors === 0) return 0;
  io.err(`roadmap: the road map has ${plural(errors, "error")}; ${outcome} (run roadmap validate)\n`);
  return 1;
}

async function openSource(options: ReadOptions, io: Io): Promise<{ dir: string; source: RoadmapSource }> {
  if (options.rev === undefined) {
    const { dir } = findRoadmapDir({ dir: options.dir, env: io.env, cwd: io.cwd });
    return { dir, source: new FolderSource(dir, dir) };
  }
  // git is loaded only when a revision is asked for: commands that need no history keep working outside git.
  const { openRevisionSource } = await import("../load/revision-source.js");
  return openRevisionSource({ rev: options.rev, dir: options.dir, env: io.env, cwd: io.cwd });
}
