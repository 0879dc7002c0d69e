// The canonical key order of each kind of file: the order of the tables in SPEC 2, with the
// optional `id` first and `stories` last. Nested objects (goals, requested_by, score, outcome,
// stories) have an order of their own, applied to a mapping or to each mapping in a list.
import type { FileKind } from "../load/source.js";

export interface KeyOrder {
  keys: readonly string[];
  /** Orders for the values of some keys (a mapping, or each mapping of a list). */
  nested?: Readonly<Record<string, KeyOrder>>;
}

/** The kinds of file `fmt` formats; stray files are not part of the road map. */
export type FormatKind = Exclude<FileKind, "stray">;

export const storyOrder: KeyOrder = { keys: ["id", "title", "points", "status", "owner", "acceptance"] };
export const goalOrder: KeyOrder = { keys: ["metric", "target", "baseline", "unit"] };
export const requestOrder: KeyOrder = { keys: ["source", "name"] };
export const scoreOrder: KeyOrder = { keys: ["reach", "impact", "confidence", "effort"] };
export const outcomeOrder: KeyOrder = { keys: ["metric", "target", "actual"] };

export const missionOrder: KeyOrder = {
  keys: ["name", "mission", "vision", "owner", "horizon_months", "fiscal_year_start"],
};

export const themeOrder: KeyOrder = {
  keys: ["id", "title", "description", "owner", "status", "goals"],
  nested: { goals: goalOrder },
};

export const milestoneOrder: KeyOrder = {
  keys: ["id", "title", "start", "end", "theme", "capacity", "goal"],
};

export const epicOrder: KeyOrder = {
  keys: [
    "id",
    "title",
    "theme",
    "milestone",
    "status",
    "owner",
    "description",
    "start",
    "end",
    "depends_on",
    "requested_by",
    "score",
    "outcome",
    "labels",
    "stories",
  ],
  nested: { requested_by: requestOrder, score: scoreOrder, outcome: outcomeOrder, stories: storyOrder },
};

/** The order for the value of `key`; own properties only (a file may hold a `constructor:` key). */
export function nestedOrder(order: KeyOrder | undefined, key: string): KeyOrder | undefined {
  return order?.nested !== undefined && Object.hasOwn(order.nested, key) ? order.nested[key] : undefined;
}

/** Key order per kind; the config file's keys belong to the lint rules and keep their order. */
export const keyOrders: Readonly<Record<FormatKind, KeyOrder | undefined>> = {
  mission: missionOrder,
  theme: themeOrder,
  milestone: milestoneOrder,
  epic: epicOrder,
  config: undefined,
};
