// `roadmap diff [<from>] [<to>]` arguments, read like git's: no argument is HEAD against the
// working tree, one revision is it against the working tree, `a..b` and `a...b` (from the
// merge base) compare commits, an empty side meaning HEAD.
import { UsageError } from "../errors.js";

export type RangeSide = { rev: string } | { mergeBaseOf: [string, string] } | "worktree";

export interface DiffRange {
  from: RangeSide;
  to: RangeSide;
}

export function parseDiffRange(from: string | undefined, to: string | undefined): DiffRange {
  if (from === undefined) return { from: { rev: "HEAD" }, to: "worktree" };
  const dots = from.includes("...") ? "..." : from.includes("..") ? ".." : undefined;
  if (dots === undefined) return { from: { rev: from }, to: to === undefined ? "worktree" : { rev: to } };
  if (to !== undefined) throw new UsageError(`give either a range (${from}) or two revisions, not both`);
  const [a = "", b = ""] = from.split(dots);
  const left = a === "" ? "HEAD" : a;
  const right = b === "" ? "HEAD" : b;
  if (dots === "..") return { from: { rev: left }, to: { rev: right } };
  return { from: { mergeBaseOf: [left, right] }, to: { rev: right } };
}
