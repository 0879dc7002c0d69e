// How deep `show` draws the hierarchy (docs/views.md `--depth`), in a module of its own so the CLI
// can list the levels in --help and completion without loading the views.

export const depths = ["mission", "theme", "milestone", "epic", "story"] as const;
export type Depth = (typeof depths)[number];
