import { describe, expect, test } from "vitest";
import { parseDiffRange } from "./range.js";

describe("parseDiffRange", () => {
  test.each([
    { args: [], expected: { from: { rev: "HEAD" }, to: "worktree" } },
    { args: ["v1"], expected: { from: { rev: "v1" }, to: "worktree" } },
    { args: ["v1", "v2"], expected: { from: { rev: "v1" }, to: { rev: "v2" } } },
    { args: ["v1..v2"], expected: { from: { rev: "v1" }, to: { rev: "v2" } } },
    { args: ["main.."], expected: { from: { rev: "main" }, to: { rev: "HEAD" } } },
    { args: ["..topic"], expected: { from: { rev: "HEAD" }, to: { rev: "topic" } } },
    {
      args: ["origin/main...HEAD"],
      expected: { from: { mergeBaseOf: ["origin/main", "HEAD"] }, to: { rev: "HEAD" } },
    },
    { args: ["main..."], expected: { from: { mergeBaseOf: ["main", "HEAD"] }, to: { rev: "HEAD" } } },
  ])("$args", ({ args, expected }) => {
    expect(parseDiffRange(args[0], args[1])).toEqual(expected);
  });

  test("a range and a second revision is a usage error", () => {
    expect(() => parseDiffRange("a..b", "c")).toThrow(/either a range/);
  });
});
