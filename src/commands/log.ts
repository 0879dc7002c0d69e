// `roadmap log [<id>]`: the commits that changed the road map, newest first, each with its
// semantic changes (docs/history.md); with an id, that item's history.

import { readLog } from "../history/read/read-log.js";
import { folderInRepository, openRepositoryFor, resolveCommit } from "../load/git.js";
import { locateAtRevision } from "../load/revision-source.js";
import { renderLogText } from "../views/text/log-text.js";
import { textFormats } from "./flag-values.js";
import type { Io } from "./io.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";
import { checkDateShaped } from "./today.js";

export interface LogCommandOptions extends ReadOptions {
  /** Checked where declared (flags.ts). */
  maxCount?: number;
  since?: string;
  until?: string;
}

export async function runLog(id: string | undefined, options: LogCommandOptions, io: Io): Promise<number> {
  const format = resolveFormat(options, textFormats, "text");
  checkDateShaped("--since", options.since);
  checkDateShaped("--until", options.until);
  const repo = openRepositoryFor({ dir: options.dir, env: io.env, cwd: io.cwd });
  const rev = options.rev ?? "HEAD";
  const start = resolveCommit(repo, rev);
  const dir = locateAtRevision(repo, start, { rev, dir: options.dir, env: io.env, cwd: io.cwd });
  const log = await readLog(repo, folderInRepository(repo, dir), {
    start,
    maxCount: options.maxCount,
    since: options.since,
    until: options.until,
    id,
  });
  // The JSON shape is docs/history.md's; the epics followed back through `continues` show in the text.
  const { continues, ...json } = { continues: [] as string[], ...log };
  if (format === "json") io.out(`${JSON.stringify(json, null, 2)}\n`);
  else io.out(renderLogText(json, createPaint(io.stdout, io.env), id, continues));
  return 0;
}
