// A semantic change between two road maps (docs/history.md). The JSON shape is the contract; `title`
// and `ends` are additions so that people (and tools) need not look the items up.

export type ChangeKind = "added" | "removed" | "renamed" | "changed";
export type ChangeType = "mission" | "theme" | "milestone" | "team" | "epic" | "story" | "idea";

export interface Change {
  kind: ChangeKind;
  type: ChangeType;
  /** The item's id (the new one for a rename); a story's is `epic-id/story-id`. */
  id: string;
  /** The item's title (the mission's name), as it is after the change (before, when removed). */
  title?: string;
  field?: string;
  from?: unknown;
  to?: unknown;
  /** An epic moved to a milestone that ends later, or a milestone's end moved later. */
  slipped?: true;
  /** For an epic's `milestone` change: when the old and the new milestone end. */
  ends?: { from?: string; to?: string };
}

const TYPE_ORDER: Record<ChangeType, number> = {
  mission: 0,
  theme: 1,
  milestone: 2,
  team: 3,
  epic: 4,
  story: 4,
  idea: 5,
};
const KIND_ORDER: Record<ChangeKind, number> = { removed: 0, renamed: 1, added: 2, changed: 3 };

/**
 * Stable order: mission, themes, milestones, teams, epics each followed by its stories, then ideas; within
 * an item, removed/renamed/added before field changes, fields in the file format's key order.
 */
export function sortChanges(changes: Change[], fieldOrder: (change: Change) => number): Change[] {
  const keyed = changes.map((change) => {
    const slash = change.type === "story" ? change.id.indexOf("/") : -1;
    const parent = slash === -1 ? change.id : change.id.slice(0, slash);
    const child = slash === -1 ? "" : change.id.slice(slash + 1);
    return { change, parent, child, field: fieldOrder(change) };
  });
  keyed.sort(
    (a, b) =>
      TYPE_ORDER[a.change.type] - TYPE_ORDER[b.change.type] ||
      compare(a.parent, b.parent) ||
      compare(a.child, b.child) ||
      KIND_ORDER[a.change.kind] - KIND_ORDER[b.change.kind] ||
      a.field - b.field ||
      compare(a.change.field ?? "", b.change.field ?? ""),
  );
  return keyed.map((entry) => entry.change);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A road-map file that could not be read at a revision, so its item's changes are left out. */
export interface UnreadableNote {
  /** The revision (or WORKTREE) where it could not be read. */
  rev: string;
  file: string;
  message: string;
}

/** `roadmap diff`'s result (docs/history.md JSON shape, plus `unreadable` when there is any). */
export interface RevisionDiff {
  from: string;
  to: string;
  changes: Change[];
  unreadable: UnreadableNote[];
}
