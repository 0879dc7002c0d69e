// The fixed sets of words the format allows (docs/format.md, docs/edit.md, docs/audiences.md:
// statuses, visibilities), in a module of their own: the schemas check them, and the CLI lists them
// in --help and completes them without loading the schemas (zod is the largest import of start-up
// but for ink and react).

export const themeStatuses = ["active", "paused", "retired"] as const;
export const epicStatuses = ["proposed", "planned", "in-progress", "done", "dropped"] as const;
export const storyStatuses = ["todo", "in-progress", "done"] as const;
/** A task ("RFC decision", "stabilize") is exempt from story-format (docs/rules.md). */
export const storyKinds = ["story", "task"] as const;
export const ideaStatuses = ["new", "triaged", "declined", "promoted"] as const;
export const visibilities = ["public", "internal"] as const;
