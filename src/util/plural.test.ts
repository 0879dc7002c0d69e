import { expect, test } from "vitest";
import { plural } from "./plural.js";

test.each([
  [0, "error", undefined, "0 errors"],
  [1, "error", undefined, "1 error"],
  [2, "status change", undefined, "2 status changes"],
  [1, "story", "stories", "1 story"],
  [12, "story", "stories", "12 stories"],
  [0.5, "point", undefined, "0.5 points"],
])("plural(%d, %s, %s) is %s", (count, noun, many, text) => {
  expect(plural(count, noun, many)).toBe(text);
});
