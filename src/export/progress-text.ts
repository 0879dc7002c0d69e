// Progress in words, shared by the Markdown and HTML exports.
import type { Progress } from "../rollup/rollup.js";
import { plural } from "../util/plural.js";

/** "12 of 30 points", or stories when nothing has points (README.md). */
export function describeTally(progress: Progress): string {
  return progress.points.total > 0
    ? `${progress.points.done} of ${plural(progress.points.total, "point")}`
    : `${progress.stories.done} of ${plural(progress.stories.total, "story", "stories")}`;
}
