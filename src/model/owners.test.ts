import { expect, test } from "vitest";
import { describeOwners, isOwner, ownersOf } from "./owners.js";

test.each([
  [{}, [], ""],
  [{ owner: "Ana" }, ["Ana"], "Ana"],
  [{ owner: ["Ana", "Release team"] }, ["Ana", "Release team"], "Ana, Release team"],
])("ownersOf(%j)", (item, owners, phrase) => {
  expect(ownersOf(item)).toEqual(owners);
  expect(describeOwners(item)).toBe(phrase);
});

test("isOwner matches any owner of a list, in any case, and never a part of a name", () => {
  const item = { owner: ["Ana", "Release team"] };
  expect(isOwner(item, "ana")).toBe(true);
  expect(isOwner(item, "RELEASE TEAM")).toBe(true);
  expect(isOwner(item, "release")).toBe(false);
  expect(isOwner({ owner: "Bo" }, "bo")).toBe(true);
  expect(isOwner({}, "bo")).toBe(false);
});
