import { describe, expect, test } from "vitest";
import { quoteValue } from "./quote-value.js";

describe("quoteValue", () => {
  test("short values are quoted whole; inner quotes and backslashes escaped, controls left to the terminal layer", () => {
    expect(quoteValue("growht")).toBe('"growht"');
    expect(quoteValue('say "hi" \\o/\n')).toBe('"say \\"hi\\" \\\\o/\n"');
  });

  test("long values are cut, their length said", () => {
    expect(quoteValue("k".repeat(5 * 1024 * 1024), 8)).toBe('"kkkkkkkk…" (5242880 characters)');
    expect(quoteValue("k".repeat(61))).toBe(`"${"k".repeat(60)}…" (61 characters)`);
  });

  test("a cut never splits a surrogate pair", () => {
    expect(quoteValue(`abc${"😀".repeat(5)}`, 4)).toBe('"abc…" (13 characters)');
  });
});
