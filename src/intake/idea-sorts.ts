// The orders `roadmap ideas --sort` offers (SPEC 11), in a module of their own so the CLI can
// list them in --help and completion without loading the ranking.

export const ideaSorts = ["score", "demand", "age"] as const;
export type IdeaSort = (typeof ideaSorts)[number];
