// The one signature of every export format (docs/export.md): a pure function of the
// (filtered) road map and the same options; the map of formats is in exporters.ts.
import type { Roadmap } from "../model/roadmap.js";
import type { WindowChoice } from "./html-window.js";

/** `--per`: one GitHub issue per story (the default) or per epic. */
export const issueGrains = ["story", "epic"] as const;
export type IssueGrain = (typeof issueGrains)[number];

/** What any format may need besides the road map; a format ignores what it does not use. */
export interface ExportOptions {
  /** YYYY-MM-DD: the page's "today" line and the now / next / later columns. */
  today: string;
  /** github-issues: one issue per story (the default) or per epic. */
  per?: IssueGrain;
  /** html: `--from` / `--to`, the window of the page's timeline, resolved to dates (html-window.ts). */
  window?: WindowChoice;
}

export type Exporter = (roadmap: Roadmap, options: ExportOptions) => string;
