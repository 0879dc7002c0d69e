import { expect, test } from "vitest";
import { formatPercent, formatShare, wholePercent } from "./percent.js";

test.each([
  [0, 0],
  [29 / 100, 29],
  [13 / 45, 28],
  [0.996, 99],
  [1, 100],
])("wholePercent(%d) = %d: rounded down, free of float noise", (progress, percent) => {
  expect(wholePercent(progress)).toBe(percent);
});

test.each([
  [0, "0%"],
  [0.5, "50%"],
  [0.996, "99%"],
  [29 / 100, "29%"],
  [1, "100%"],
])("formatPercent(%d) = %s", (progress, text) => {
  expect(formatPercent(progress)).toBe(text);
});

test.each([
  [2 / 3, "66.7%"],
  [0.4, "40%"],
  [1 / 8, "12.5%"],
  [1, "100%"],
])("formatShare(%d) = %s: one decimal, rounded to the nearest", (share, text) => {
  expect(formatShare(share)).toBe(text);
});
