// The semantic diff of two road maps (docs/history.md): what a reviewer means by "what changed",
// not which lines. Pure: both models come in, changes come out.
import type { Located, Roadmap } from "../model/roadmap.js";
import {
  epicSchema,
  ideaSchema,
  milestoneSchema,
  missionSchema,
  type Story,
  storySchema,
  teamSchema,
  themeSchema,
} from "../model/schemas.js";
import { type Change, type ChangeType, sortChanges } from "./change.js";
import { isDeepEqual, stableKey } from "./deep-equal.js";

type ItemType = "theme" | "milestone" | "team" | "epic" | "idea";

/** Keys in the order the file format lists them; unknown keys (none, after validation) go last. */
const FIELD_ORDER: Record<ChangeType, readonly string[]> = {
  mission: Object.keys(missionSchema.shape),
  theme: Object.keys(themeSchema.shape),
  milestone: Object.keys(milestoneSchema.shape),
  epic: Object.keys(epicSchema.shape),
  story: Object.keys(storySchema.shape),
  idea: Object.keys(ideaSchema.shape),
  team: Object.keys(teamSchema.shape),
};

export interface DiffOptions {
  /**
   * Items to leave out, as `type:id` (e.g. `epic:auth`): their file could not be read on one
   * side, so any difference would be noise, not a change.
   */
  skip?: ReadonlySet<string>;
  /**
   * An added or removed epic is one change; with this, its stories are listed too (as added
   * or removed), so that one story's history (`log epic/story`) starts where its epic's did.
   */
  storiesOfWholeEpics?: boolean;
}

export function diffRoadmaps(before: Roadmap, after: Roadmap, options: DiffOptions = {}): Change[] {
  const skip = options.skip ?? new Set<string>();
  const changes: Change[] = [];
  if (!skip.has("mission:mission")) diffMission(before, after, changes);
  for (const type of ["theme", "milestone", "team", "epic", "idea"] as const) {
    const keep = (list: Located<Record<string, unknown>>[]) =>
      skip.size === 0 ? list : list.filter((item) => !skip.has(`${type}:${item.id}`));
    diffItems(type, keep(items(before, type)), keep(items(after, type)), changes, (a, b) =>
      diffFields(type, b.id, b.data, a.data, changes, { before, after }),
    );
  }
  if (options.storiesOfWholeEpics) listStoriesOfWholeEpics(before, after, changes);
  return sortChanges(changes, (change) => fieldIndex(change));
}

function listStoriesOfWholeEpics(before: Roadmap, after: Roadmap, changes: Change[]): void {
  for (const change of [...changes]) {
    if (change.type !== "epic" || (change.kind !== "added" && change.kind !== "removed")) continue;
    const epic = (change.kind === "added" ? after : before).epicById.get(change.id);
    for (const story of epic?.data.stories ?? []) {
      changes.push({ kind: change.kind, type: "story", id: `${change.id}/${story.id}`, title: story.title });
    }
  }
}

function items(roadmap: Roadmap, type: ItemType): Located<Record<string, unknown>>[] {
  const lists = {
    theme: roadmap.themes,
    milestone: roadmap.milestones,
    team: roadmap.teams,
    epic: roadmap.epics,
    idea: roadmap.ideas,
  };
  return lists[type] as unknown as Located<Record<string, unknown>>[];
}

function diffMission(before: Roadmap, after: Roadmap, changes: Change[]): void {
  const a = before.mission?.data as Record<string, unknown> | undefined;
  const b = after.mission?.data as Record<string, unknown> | undefined;
  if (a === undefined && b === undefined) return;
  if (a === undefined || b === undefined) {
    const title = titleOf((b ?? a)!);
    changes.push({ kind: a === undefined ? "added" : "removed", type: "mission", id: "mission", title });
    return;
  }
  diffFields("mission", "mission", b, a, changes, { before, after });
}

/**
 * Added, removed, renamed (same content under a new id: matched one to one), and for ids on
 * both sides whatever `compareCommon` finds.
 */
function diffItems<T extends { id: string; data: Record<string, unknown> }>(
  type: ChangeType,
  before: readonly T[],
  after: readonly T[],
  changes: Change[],
  compareCommon: (a: T, b: T) => void,
): void {
  // History replays compare the same unchanged objects commit after commit: skip them cheaply.
  if (before.length === after.length && before.every((item, index) => item === after[index])) return;
  const afterIds = new Map(after.map((item) => [item.id, item]));
  const beforeIds = new Set(before.map((item) => item.id));
  const removed = before.filter((item) => !afterIds.has(item.id));
  const added = after.filter((item) => !beforeIds.has(item.id));
  const addedByContent = new Map<string, T[]>();
  // Content keys cost a serialisation per item: only worth it when something could be a rename.
  for (const item of removed.length > 0 ? added : []) {
    const key = stableKey(withoutId(item.data));
    addedByContent.set(key, [...(addedByContent.get(key) ?? []), item]);
  }
  const renamedTo = new Set<string>();
  for (const item of removed) {
    const twin = addedByContent.get(stableKey(withoutId(item.data)))?.shift();
    if (twin !== undefined) {
      renamedTo.add(twin.id);
      changes.push({
        kind: "renamed",
        type,
        id: twin.id,
        title: titleOf(twin.data),
        from: item.id,
        to: twin.id,
      });
    } else {
      changes.push({ kind: "removed", type, id: item.id, title: titleOf(item.data) });
    }
  }
  for (const item of added) {
    if (!renamedTo.has(item.id))
      changes.push({ kind: "added", type, id: item.id, title: titleOf(item.data) });
  }
  for (const item of before) {
    const other = afterIds.get(item.id);
    if (other !== undefined && other.data !== item.data) compareCommon(item, other);
  }
}

interface Sides {
  before: Roadmap;
  after: Roadmap;
}

/** One change per field that differs; an epic's stories are compared story by story. */
function diffFields(
  type: ChangeType,
  id: string,
  b: Record<string, unknown>,
  a: Record<string, unknown>,
  changes: Change[],
  sides: Sides,
): void {
  const title = titleOf(b);
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (field === "id") continue;
    if (type === "epic" && field === "stories") {
      diffStories(id, (a.stories ?? []) as Story[], (b.stories ?? []) as Story[], changes, sides);
      continue;
    }
    if (isDeepEqual(a[field], b[field])) continue;
    const change: Change = { kind: "changed", type, id, ...(title !== undefined ? { title } : {}), field };
    if (a[field] !== undefined) change.from = a[field];
    if (b[field] !== undefined) change.to = b[field];
    markSlip(change, sides);
    changes.push(change);
  }
}

/** docs/history.md: a later milestone for an epic, a later end for a milestone. */
function markSlip(change: Change, { before, after }: Sides): void {
  if (change.type === "epic" && change.field === "milestone") {
    const fromEnd =
      typeof change.from === "string" ? before.milestoneById.get(change.from)?.data.end : undefined;
    const toEnd = typeof change.to === "string" ? after.milestoneById.get(change.to)?.data.end : undefined;
    if (fromEnd !== undefined || toEnd !== undefined) {
      change.ends = {
        ...(fromEnd !== undefined ? { from: fromEnd } : {}),
        ...(toEnd !== undefined ? { to: toEnd } : {}),
      };
    }
    if (fromEnd !== undefined && toEnd !== undefined && toEnd > fromEnd) change.slipped = true;
  }
  if (change.type === "milestone" && change.field === "end") {
    if (typeof change.from === "string" && typeof change.to === "string" && change.to > change.from) {
      change.slipped = true;
    }
  }
}

function diffStories(epicId: string, before: Story[], after: Story[], changes: Change[], sides: Sides): void {
  const wrap = (story: Story) => ({ id: `${epicId}/${story.id}`, data: story as Record<string, unknown> });
  diffItems("story", before.map(wrap), after.map(wrap), changes, (a, b) =>
    diffFields("story", b.id, b.data, a.data, changes, sides),
  );
}

function withoutId(data: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, ...rest } = data;
  return rest;
}

function titleOf(data: Record<string, unknown>): string | undefined {
  const title = data.title ?? data.name;
  return typeof title === "string" ? title : undefined;
}

function fieldIndex(change: Change): number {
  if (change.field === undefined) return -1;
  const index = FIELD_ORDER[change.type].indexOf(change.field);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index;
}
