import { describe, expect, test } from "vitest";
import { escapeForTerminal, hasControls } from "./terminal-text.js";

describe("escapeForTerminal", () => {
  test.each([
    ["Plain title", "Plain title"],
    ["Ünïcödé · ✓ 漢字 🚀", "Ünïcödé · ✓ 漢字 🚀"],
    ["back\\slash", "back\\slash"],
    ["\u001b[2Jclear", "\\e[2Jclear"],
    ["\u001b]0;owned\u0007title", "\\e]0;owned\\x07title"],
    ["tab\there", "tab\\there"],
    ["two\nlines\r\n", "two\\nlines\\r\\n"],
    ["nul\u0000 del\u007f", "nul\\x00 del\\x7f"],
    ["c1 csi\u009b2J", "c1 csi\\u009b2J"],
    ["bidi \u202eevil\u2066", "bidi \\u202eevil\\u2066"],
    ["line\u2028sep", "line\\u2028sep"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeForTerminal(input)).toBe(expected);
    expect(hasControls(escapeForTerminal(input))).toBe(false);
  });

  test("keeps line breaks when asked, escaping everything else", () => {
    expect(escapeForTerminal("one\ntwo\r\u001b[1m", { keepNewlines: true })).toBe("one\ntwo\\r\\e[1m");
  });

  test("is idempotent: escaped text has nothing left to escape", () => {
    const once = escapeForTerminal("\u001b\u0007\u009b\n");
    expect(escapeForTerminal(once)).toBe(once);
  });
});
