import { describe, expect, test } from "vitest";
import { applyToOriginal } from "./keep-layout.js";

describe("applyToOriginal: the original's own layout outside the edited lines", () => {
  test("a file already in fmt's layout takes the edited text as it is", () => {
    expect(applyToOriginal("a: 1\nb: 2\n", "a: 1\nb: 2\n", "a: 1\nb: 3\n")).toBe("a: 1\nb: 3\n");
  });

  test("lines the edit does not touch keep their spacing, blank lines and comments", () => {
    const original = "title:   Padded\n\n\n#no space comment\nstatus: planned\nlabels: [ a, b ]\n";
    const before = "title: Padded\n\n#no space comment\nstatus: planned\nlabels: [a, b]\n";
    const after = "title: Padded\n\n#no space comment\nstatus: done\nlabels: [a, b]\n";
    expect(applyToOriginal(original, before, after)).toBe(
      "title:   Padded\n\n\n#no space comment\nstatus: done\nlabels: [ a, b ]\n",
    );
  });

  test("a blank line fmt would add next to the edit is not brought in", () => {
    const original = "stories:\n  - id: a\n    points: 3\n# the end\n";
    const before = "stories:\n  - id: a\n    points: 3\n\n# the end\n";
    const after = "stories:\n  - id: a\n    points: 5\n\n# the end\n";
    expect(applyToOriginal(original, before, after)).toBe("stories:\n  - id: a\n    points: 5\n# the end\n");
  });

  test("a neighbour the original writes otherwise is taken in fmt's layout with the edit", () => {
    const original = "a:   1\nb: 2\n";
    const before = "a: 1\nb: 2\n";
    const after = "a: 1\nb: 3\n";
    expect(applyToOriginal(original, before, after)).toBe("a:   1\nb: 3\n");
    expect(applyToOriginal("a: 1\nb:    2\nc: 3\n", "a: 1\nb: 2\nc: 3\n", "a: 1\nb: 2\nx: 0\nc: 3\n")).toBe(
      "a: 1\nb:    2\nx: 0\nc: 3\n",
    );
  });
});
