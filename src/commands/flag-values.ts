// The values of the commands' own choice flags: cli.ts shows them in --help and the completion
// offers them, and each command checks what it is given against the same list. Lists that belong to
// a lower layer sit there in small modules of their own (views/depths.ts, export/export-formats.ts,
// diagnostics/diagnostic-formats.ts, model/value-sets.ts), so declaring the program stays cheap.
import { epicStatuses, storyStatuses } from "../model/value-sets.js";

export const textFormats = ["text", "json"] as const;
/** `rollup --by`: progress per team or per label (docs/format.md). */
export const rollupGroupings = ["team", "label"] as const;
export type RollupGrouping = (typeof rollupGroupings)[number];
export const diffFormats = ["text", "json", "markdown"] as const;
export const reviewFormats = ["text", "json", "markdown", "html"] as const;
export const showViews = ["tree", "timeline", "now-next-later", "deps"] as const;
/** What `roadmap new <kind>` makes. */
export const newKinds = ["theme", "milestone", "epic", "story", "idea", "team"] as const;
/** What `--status` filters by: an epic's statuses, then a story's (`todo`) that an epic has not. */
export const filterStatuses = [...new Set<string>([...epicStatuses, ...storyStatuses])];
