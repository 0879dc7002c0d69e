import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, test } from "vitest";
import { rawControlIn } from "../../../test/raw-controls.js";
import { fitTo, NARROW_GLYPHS, progressBar, truncate, widthOf, wrap } from "./fit.js";

test.each([
  ["abc", 5, "abc"],
  ["abcdef", 5, "abcd…"],
  ["日本語サポート", 6, "日本…"],
  ["日本語", 6, "日本語"],
  ["日本語", 5, "日本…"],
  ["a👍🏽b", 3, "a…"],
  ["a👍🏽bc", 4, "a👍🏽…"],
  ["abc", 0, ""],
])("truncate(%j, %i) = %j", (text, width, expected) => {
  expect(truncate(text, width)).toBe(expected);
  expect(widthOf(truncate(text, width))).toBeLessThanOrEqual(width);
});

test.each([
  ["日本", 6, "日本  "],
  ["abcdefgh", 4, "abc…"],
])("fitTo(%j, %i) fills exactly the width", (text, width, expected) => {
  expect(fitTo(text, width)).toBe(expected);
  expect(widthOf(fitTo(text, width))).toBe(width);
});

test.each([
  [0, "░░░░"],
  [0.5, "██░░"],
  [0.996, "███░"],
  [29 / 100, "█░░░"],
  [1, "████"],
])("progress bar of %d", (progress, bar) => {
  expect(progressBar(progress, 4)).toBe(bar);
});

test.each([
  ["short", 10, ["short"]],
  ["one two three four", 9, ["one two", "  three", "  four"]],
  ["  - indented criterion text", 14, ["  - indented", "    criterion", "    text"]],
  ["averyveryverylongword x", 8, ["averyve…", "  x"]],
  ["日本語 の テキスト", 8, ["日本語", "  の", "  テキ…"]],
])("wrap(%j, %i)", (text, width, expected) => {
  expect(wrap(text, width)).toEqual(expected);
});

test.each([...NARROW_GLYPHS])(
  "the view glyph %s is one column wide, as string-width measures it",
  (glyph) => {
    expect(glyph.length).toBe(1);
    expect(stringWidth(glyph)).toBe(1);
    expect(widthOf(`├─${glyph}`)).toBe(3);
  },
);

test("a glyph followed by an emoji variation selector is measured by string-width, not as a view glyph", () => {
  expect(widthOf("⚠\uFE0F")).toBe(stringWidth("⚠\uFE0F"));
  expect(widthOf("✓\u0301x")).toBe(stringWidth("✓\u0301x"));
});

describe("fitTo and truncate agree with a plain grapheme-by-grapheme cut", () => {
  /** The definition: keep whole graphemes while they fit, leaving a column for "…" if cut. */
  const reference = (text: string, width: number): string => {
    if (width <= 0) return "";
    const graphemes = [...new Intl.Segmenter().segment(text)].map(({ segment }) => segment);
    if (graphemes.reduce((sum, g) => sum + stringWidth(g), 0) <= width) return text;
    let kept = "";
    for (const grapheme of graphemes) {
      if (stringWidth(kept + grapheme) > width - 1) break;
      kept += grapheme;
    }
    return `${kept}…`;
  };
  // ASCII, the views' glyphs, wide CJK and an emoji: no combining marks after ASCII letters,
  // whose cut the fast path makes per character (as terminals draw them).
  const pieces = ["a", "b", " ", "(", "-", "├─ ", "✓", "→", "日", "本", "👍", "abc def "];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(""));

  test("truncate", () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 0, max: 40 }), (text, width) => {
        expect(truncate(text, width)).toBe(reference(text, width));
      }),
      { numRuns: 2000 },
    );
  });

  test("fitTo pads the same cut to the width", () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 40 }), (text, width) => {
        const fitted = fitTo(text, width);
        expect(fitted.trimEnd()).toBe(reference(text, width).trimEnd());
        expect(widthOf(fitted)).toBe(width);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("control characters: shown escaped, measured and cut as their escapes", () => {
  test.each([
    ["\u001b[2Jclear", 20, "\\e[2Jclear"],
    ["ab\u001b[2J", 3, "ab…"],
    ["ab\u001b[2J", 4, "ab…"],
    ["ab\u001b[2J", 5, "ab\\e…"],
    ["a\u0007b", 4, "a…"],
    ["a\u0007b", 6, "a\\x07b"],
    ["a\u0007bc", 6, "a\\x07…"],
    ["日\u009b本", 7, "日…"],
    ["日\u009b本", 9, "日\\u009b…"],
    ["日\u009b本", 10, "日\\u009b本"],
    ["two\nlines", 20, "two\\nlines"],
  ])("truncate(%j, %i) = %j", (text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
  });

  test("widthOf counts the escapes", () => {
    expect(widthOf("a\u001bb")).toBe(4);
    expect(widthOf("\u0007日")).toBe(6);
  });

  test("wrap escapes a line that fits, too", () => {
    expect(wrap("ring\u0007", 20)).toEqual(["ring\\x07"]);
  });

  const controls = ["\u001b", "\u0007", "\u009b", "\n", "\r", "\t", "\u0000", "\u007f", "\u202e", "\u2028"];
  const pieces = ["a", " ", "[2J", "]0;x", "✓", "日", "👍", ...controls];
  const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(""));
  /** The escaped text's pieces: an escape is `\` and what follows up to the next piece. */
  const escapes = /\\(e|t|n|r|x[0-9a-f]{2}|u[0-9a-f]{4})/g;

  test("no output holds a control character, fits the width, and every escape is whole", () => {
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 40 }), (text, width) => {
        const fitted = fitTo(text, width);
        expect(rawControlIn(fitted)).toBeUndefined();
        expect(fitted).not.toContain("\n");
        expect(widthOf(fitted)).toBe(width);
        // What is kept is a start of the whole escaped text, cut only between escapes.
        const cut = truncate(text, width).replace(/…$/, "");
        const whole = truncate(text, 10_000);
        expect(whole.startsWith(cut)).toBe(true);
        const boundaries = new Set([0, whole.length]);
        for (let i = 0; i < whole.length; i++) boundaries.add(i);
        for (const match of whole.matchAll(escapes)) {
          for (let i = match.index + 1; i < match.index + match[0].length; i++) boundaries.delete(i);
        }
        expect(boundaries.has(cut.length)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
