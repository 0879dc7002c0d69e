import { describe, expect, test } from "vitest";
import {
  epicSchema,
  goalSchema,
  milestoneSchema,
  missionSchema,
  outcomeSchema,
  requestSchema,
  scoreSchema,
  storySchema,
  themeSchema,
} from "../model/schemas.js";
import {
  epicOrder,
  goalOrder,
  type KeyOrder,
  milestoneOrder,
  missionOrder,
  outcomeOrder,
  requestOrder,
  scoreOrder,
  storyOrder,
  themeOrder,
} from "./key-order.js";

// A key added to a schema but not to its order would be pushed after the known keys: this
// catches it.
describe("every schema key has a place in the canonical order", () => {
  test.each([
    ["mission", missionOrder, missionSchema.shape],
    ["theme", themeOrder, themeSchema.shape],
    ["milestone", milestoneOrder, milestoneSchema.shape],
    ["epic", epicOrder, epicSchema.shape],
    ["story", storyOrder, storySchema.shape],
    ["goal", goalOrder, goalSchema.shape],
    ["requested_by", requestOrder, requestSchema.shape],
    ["score", scoreOrder, scoreSchema.shape],
    ["outcome", outcomeOrder, outcomeSchema.shape],
  ] as [string, KeyOrder, object][])("%s", (_name, order, shape) => {
    expect([...order.keys].sort()).toEqual(Object.keys(shape).sort());
    expect(new Set(order.keys).size).toBe(order.keys.length);
  });
});

test("stories come last in an epic and id first in a story", () => {
  expect(epicOrder.keys.at(-1)).toBe("stories");
  expect(storyOrder.keys[0]).toBe("id");
});
