import { expect, test } from "vitest";
import { formatPoints } from "./points.js";

test.each([
  [3, "3"],
  [0.5, "0.5"],
  [0.1 + 0.2, "0.3"],
  [2 / 3, "0.67"],
  [0, "0"],
])("%d points read %s", (value, text) => {
  expect(formatPoints(value)).toBe(text);
});
