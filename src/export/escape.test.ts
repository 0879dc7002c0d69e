import { describe, expect, test } from "vitest";
import { csvCell } from "../util/csv-cell.js";
import { escapeMarkdown, markdownCode } from "../util/markdown-text.js";
import { escapeMermaid } from "./export-mermaid.js";
import { escapeHtml } from "./html-text.js";

describe("escapeMermaid", () => {
  test.each([
    ["Plain title", "Plain title"],
    ["Auth: SSO", "Auth#58; SSO"],
    ["#1 priority; now", "#35;1 priority#59; now"],
    ["50% <done>", "50#37; #60;done#62;"],
    ["Section planning", "#83;ection planning"],
    ["title bar", "#116;itle bar"],
    ["Excludes list", "#69;xcludes list"],
    ["Subsection work", "Subsection work"],
    ["two\nlines", "two lines"],
    ["   ", "#32;"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeMermaid(input)).toBe(expected);
  });
});

describe("escapeMarkdown", () => {
  const wj = "\u2060";
  test.each([
    ["Plain", "Plain"],
    ["a | b", "a \\| b"],
    ["*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"],
    ["<img src=x>", "\\<img src=x\\>"],
    ["line one\n  line two", "line one line two"],
    ["[link](https://x.example)", `\\[link\\](https${wj}://x.example)`],
    ["- not a list", "\\- not a list"],
    ["1. not a list", "1\\. not a list"],
    ["escape \u001b[2J bell \u0007", "escape \\\\e\\[2J bell \\\\x07"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  // GitHub finds these in the rendered text, where a backslash is gone: only an invisible
  // character after @ or # (or in the scheme) stops them (docs/guarantees.md, "Output").
  test.each([
    ["ping @octocat", `ping @${wj}octocat`],
    ["ask @acme/platform-team", `ask @${wj}acme/platform-team`],
    ["mail ops@example.com", `mail ops@${wj}example.com`],
    ["fixes #12", `fixes \\#${wj}12`],
    ["see acme/app#7", `see acme/app\\#${wj}7`],
    ["GH-12 and gh-3", `GH${wj}-12 and gh${wj}-3`],
    ["go to https://evil.example/x", `go to https${wj}://evil.example/x`],
    ["or www.evil.example", `or www${wj}.evil.example`],
    ["an @ sign, # sign, C# and 50 @ 3", "an @ sign, \\# sign, C\\# and 50 @ 3"],
  ])("defuses %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test("a code span is left to GitHub, which links nothing inside it", () => {
    expect(markdownCode("@octocat #12")).toBe("`@octocat #12`");
    expect(markdownCode("a`b @x")).toBe(`a\\\`b @${wj}x`);
    expect(markdownCode("esc\u001b")).toBe("`esc\\e`");
  });
});

describe("escapeHtml", () => {
  test.each([
    ["Plain", "Plain"],
    ['<a href="x">Tom & Jerry\'s</a>', "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("csvCell: RFC 4180, and formulas defused as OWASP recommends", () => {
  test.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["", ""],
    ["=1+1", "'=1+1"],
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    ["a=1", "a=1"],
    ["x-y", "x-y"],
  ])("%j -> %j", (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test("the guard can be turned off for readers that are not spreadsheets", () => {
    expect(csvCell("=1+1", { guardFormulas: false })).toBe("=1+1");
  });
});
