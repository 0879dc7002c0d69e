// `roadmap ideas [--status s,...] [--sort score|demand|age] [--json]`: the intake ranked (docs/edit.md).
import { UsageError } from "../errors.js";
import { type IdeaSort, ideaSorts } from "../intake/idea-sorts.js";
import { rankIdeas } from "../intake/rank-ideas.js";
import { ideaStatuses } from "../model/value-sets.js";
import { didYouMean } from "../util/did-you-mean.js";
import { renderIdeas } from "../views/text/ideas-view.js";
import { parseStatuses } from "./filter-options.js";
import { textFormats } from "./flag-values.js";
import type { Io } from "./io.js";
import { exitAfterPartialOutput, openRoadmap } from "./open-roadmap.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";
import { resolveToday } from "./today.js";

export interface IdeasOptions extends ReadOptions {
  status?: string;
  sort?: string;
}

export async function runIdeas(options: IdeasOptions, io: Io): Promise<number> {
  const format = resolveFormat(options, textFormats, "text");
  const sort = parseSort(options.sort ?? "score");
  const statuses = options.status === undefined ? undefined : parseStatuses(options.status, ideaStatuses);
  const today = resolveToday(options.today, io.env);
  const opened = await openRoadmap(options, io);
  const rows = rankIdeas(opened.roadmap, { today, sort, ...(statuses ? { statuses } : {}) });
  if (format === "json") {
    io.out(`${JSON.stringify({ ideas: rows }, null, 2)}\n`);
  } else {
    const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
    io.out(renderIdeas(rows, { paint: createPaint(io.stdout, io.env), width }));
  }
  return exitAfterPartialOutput(opened, io, "listing what validated");
}

function parseSort(value: string): IdeaSort {
  if ((ideaSorts as readonly string[]).includes(value)) return value as IdeaSort;
  throw new UsageError(
    `unknown --sort "${value}"${didYouMean(value, ideaSorts)}; use one of: ${ideaSorts.join(", ")}`,
  );
}
