// `roadmap diff [<from>] [<to>]`: the semantic difference between two revisions of the road
// map (docs/history.md), for a terminal, for tools (--json) and for a pull-request comment (markdown).
import type { RevisionDiff } from "../history/change.js";
import { diffRoadmaps } from "../history/diff.js";
import { parseDiffRange, type RangeSide } from "../history/range.js";
import { readSide } from "../history/read/read-side.js";
import {
  folderInRepository,
  mergeBase,
  openRepositoryFor,
  type Repository,
  resolveCommit,
} from "../load/git.js";
import { locateAtRevision } from "../load/revision-source.js";
import type { ParseCache } from "../parse/parse-sources.js";
import { type DiffSides, renderDiffMarkdown } from "../views/text/diff-markdown.js";
import { renderDiffText, WORKTREE } from "../views/text/diff-text.js";
import { diffFormats } from "./flag-values.js";
import type { Io } from "./io.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";

export async function runDiff(
  from: string | undefined,
  to: string | undefined,
  options: ReadOptions,
  io: Io,
): Promise<number> {
  const format = resolveFormat(options, diffFormats, "text");
  const range = parseDiffRange(from, to);
  const repo = openRepositoryFor({ dir: options.dir, env: io.env, cwd: io.cwd });
  const before = resolveSide(repo, range.from);
  const after = resolveSide(repo, range.to);
  const anchor = after.commit ?? before.commit!;
  const dir = locateAtRevision(repo, anchor, {
    rev: after.label,
    dir: options.dir,
    env: io.env,
    cwd: io.cwd,
  });
  const folder = folderInRepository(repo, dir);
  const cache: ParseCache = new Map();
  const old = readSide(repo, folder, dir, before.commit, cache);
  const now = readSide(repo, folder, dir, after.commit, cache);
  const notes = [
    ...old.unreadable.map((file) => ({ rev: before.label, file: file.file, message: file.message })),
    ...now.unreadable.map((file) => ({ rev: after.label, file: file.file, message: file.message })),
  ];
  const skip = new Set([...old.unreadable, ...now.unreadable].map((file) => file.key));
  const diff: RevisionDiff = {
    from: before.label,
    to: after.label,
    changes: diffRoadmaps(old.roadmap, now.roadmap, { skip }),
    unreadable: notes,
  };
  const sides = { before: old.roadmap, after: now.roadmap };
  io.out(render(diff, format, createPaint(io.stdout, io.env), sides));
  return 0;
}

function resolveSide(repo: Repository, side: RangeSide): { label: string; commit: string | undefined } {
  if (side === "worktree") return { label: WORKTREE, commit: undefined };
  if ("rev" in side) return { label: side.rev, commit: resolveCommit(repo, side.rev) };
  const [a, b] = side.mergeBaseOf;
  const base = mergeBase(repo, a, b);
  return { label: base, commit: base };
}

function render(
  diff: RevisionDiff,
  format: (typeof diffFormats)[number],
  paint: ReturnType<typeof createPaint>,
  sides: DiffSides,
): string {
  if (format === "markdown") return renderDiffMarkdown(diff, sides);
  if (format === "text") return renderDiffText(diff, paint);
  const { unreadable, ...shape } = diff;
  return `${JSON.stringify(unreadable.length > 0 ? diff : shape, null, 2)}\n`;
}
