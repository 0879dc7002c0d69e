import { expect, test } from "vitest";
import { addPoints, formatPoints } from "./points.js";

test.each([
  [3, "3"],
  [0.5, "0.5"],
  [0.1 + 0.2, "0.3"],
  [2 / 3, "0.67"],
  [0, "0"],
])("%d points read %s", (value, text) => {
  expect(formatPoints(value)).toBe(text);
});

test("addPoints: sums of fractional points carry no float noise", () => {
  expect(addPoints(0.1, 0.2)).toBe(0.3);
  expect([0.1, 0.2, 0.3, 0.4].reduce(addPoints, 0)).toBe(1);
  expect(addPoints(0.5, 0.25)).toBe(0.75);
});
