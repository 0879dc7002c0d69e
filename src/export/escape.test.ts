import { describe, expect, test } from "vitest";
import { quoteField } from "./export-csv.js";
import { escapeMermaid } from "./export-mermaid.js";
import { escapeHtml } from "./html-text.js";
import { escapeMarkdown } from "./markdown-text.js";

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
  test.each([
    ["Plain", "Plain"],
    ["a | b", "a \\| b"],
    ["*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"],
    ["<img src=x>", "\\<img src=x\\>"],
    ["line one\n  line two", "line one line two"],
  ])("%j -> %j", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
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

describe("quoteField (RFC 4180)", () => {
  test.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(quoteField(input)).toBe(expected);
  });
});
