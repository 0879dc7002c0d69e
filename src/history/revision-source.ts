// Placeholder until the history work lands: reading a road map at a git revision.
import { UsageError } from "../errors.js";
import type { RoadmapSource } from "../load/source.js";

export function openRevisionSource(_dir: string, rev: string, _cwd: string): RoadmapSource {
  throw new UsageError(`--rev ${rev}: reading a revision is not implemented yet`);
}
