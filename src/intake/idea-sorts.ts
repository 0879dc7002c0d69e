// The orders `roadmap ideas --sort` offers (docs/edit.md), in a module of their own so the CLI can
// list them in --help and completion without loading the ranking.

export const ideaSorts = ["score", "demand", "age"] as const;
export type IdeaSort = (typeof ideaSorts)[number];
