import { describe, expect, test } from "vitest";
import * as z from "zod/mini";
import { keyOrderOf, keyOrders, nestedOrder, orderKeys } from "./key-order.js";

// The order is read off the schemas; these pin the parts of it that the format promises
// (docs/format.md, docs/fmt.md), so a schema edit that moves them is caught.
describe("the canonical order read off the schemas", () => {
  test("an epic: id first, its own keys in the format's order, stories last", () => {
    const keys = keyOrders.epic?.keys ?? [];
    expect(keys[0]).toBe("id");
    expect(keys.slice(1, 5)).toEqual(["title", "theme", "milestone", "status"]);
    expect(keys.at(-1)).toBe("stories");
  });

  test("nested objects and lists of objects have their own order", () => {
    expect(nestedOrder(keyOrders.epic, "stories")?.keys[0]).toBe("id");
    expect(nestedOrder(keyOrders.epic, "score")?.keys).toEqual(["reach", "impact", "confidence", "effort"]);
    expect(nestedOrder(keyOrders.epic, "requested_by")?.keys.slice(0, 2)).toEqual(["source", "name"]);
    expect(nestedOrder(keyOrders.theme, "goals")?.keys).toEqual(["metric", "target", "baseline", "unit"]);
  });

  test("the mission and milestones", () => {
    expect(keyOrders.mission?.keys.slice(0, 2)).toEqual(["name", "mission"]);
    expect(keyOrders.milestone?.keys.slice(0, 4)).toEqual(["id", "title", "start", "end"]);
    expect(keyOrders.config).toBeUndefined();
  });

  test("through optional, default, array and union wrappers; scalars have no nested order", () => {
    const item = z.object({ b: z.string(), a: z.number() });
    const order = keyOrderOf({
      one: z.optional(item),
      many: z.optional(z.array(item)),
      either: z.union([z.string(), z.array(item)]),
      plain: z._default(z.string(), "x"),
    });
    expect(order.keys).toEqual(["one", "many", "either", "plain"]);
    for (const key of ["one", "many", "either"]) expect(nestedOrder(order, key)?.keys).toEqual(["b", "a"]);
    expect(nestedOrder(order, "plain")).toBeUndefined();
  });

  test("keys holding ids are marked, from the table of references, for fmt to quote", () => {
    expect(keyOrders.epic?.ids).toEqual(["theme", "milestone", "depends_on", "continues", "teams"]);
    expect(nestedOrder(keyOrders.epic, "stories")?.ids).toEqual(["team"]);
    expect(keyOrders.theme?.ids).toBeUndefined();
  });

  test("keys such as constructor are not looked up on the prototype", () => {
    expect(nestedOrder(keyOrders.epic, "constructor")).toBeUndefined();
  });
});

describe("orderKeys: the one way fmt, the edit commands and the JSON export apply the order", () => {
  const order = { keys: ["id", "title", "stories"], nested: { stories: { keys: ["id", "points"] } } };
  const value = { zeta: 1, stories: [{ points: 3, id: "s" }], title: "T", alpha: 2, id: "e" };

  test("known keys in the order, nested lists of objects too; unknown keys after, as they came", () => {
    const ordered = orderKeys(value, order) as Record<string, unknown>;
    expect(Object.keys(ordered)).toEqual(["id", "title", "stories", "zeta", "alpha"]);
    expect(Object.keys((ordered.stories as object[])[0]!)).toEqual(["id", "points"]);
  });

  test("unknown keys sorted on request (the JSON export)", () => {
    expect(Object.keys(orderKeys(value, order, "sorted") as object)).toEqual([
      "id",
      "title",
      "stories",
      "alpha",
      "zeta",
    ]);
  });

  test("no order keeps every key where it was", () => {
    expect(Object.keys(orderKeys(value, undefined) as object)).toEqual(Object.keys(value));
  });
});
