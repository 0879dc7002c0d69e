// The YAML mistakes people make most when they write a road map by hand, recognised from the
// line the parser stopped on, each told in plain words with the line written the way that
// works (docs/format.md, "When a file is not valid YAML"). A parser's own wording says where
// it lost its way, not what the person did; it never reaches them alone.
import { quoteValue } from "../util/quote-value.js";

/** `key: value` or `- value` (a list item), split where the value starts. */
const VALUE_LINE = /^(\s*(?:-\s+)*(?:[^\s#"'][^#]*?:\s+|-\s+))(\S.*?)\s*$/;

/** Characters that start something else than text when a plain value begins with them. */
const VALUE_STARTS: Record<string, string> = {
  "*": "a value starting with * is read as a reference to an anchor (*name), not as text",
  "&": "a value starting with & is read as an anchor name, not as text",
  "@": "a value cannot start with @ in YAML (the character is reserved)",
  "`": "a value cannot start with ` in YAML (the character is reserved)",
  "%": "a value cannot start with % in YAML (it starts a directive)",
};

export interface Mistake {
  /** What is wrong, why, and the line written the way that works. */
  message: string;
  /** 1-based column where the value starts: where the mistake is. */
  column: number;
}

/** The mistake in the line, when it holds one of the common ones. */
export function explainCommonMistake(line: string): Mistake | undefined {
  const match = VALUE_LINE.exec(line);
  if (match === null) return undefined;
  const [, lead = "", value = ""] = match;
  const message = explainValue(lead, value);
  return message === undefined ? undefined : { message, column: lead.length + 1 };
}

function explainValue(lead: string, value: string): string | undefined {
  const first = value.charAt(0);
  if (first === '"') return explainInnerDoubleQuote(lead, value);
  if (first === "'") return explainApostrophe(lead, value);
  const reason = VALUE_STARTS[first];
  if (reason === undefined) return undefined;
  return `${reason}; put the value in quotes: ${writeLine(lead, doubleQuoted(value))}`;
}

/** `title: "Add a "Pay now" button"`: the second " ends the value, and the rest is left over. */
function explainInnerDoubleQuote(lead: string, value: string): string | undefined {
  const close = closingDoubleQuote(value);
  if (close === -1 || !continuesTheWord(value.slice(close + 1))) return undefined;
  const intended = value.endsWith('"') ? value.slice(1, -1) : value.slice(1);
  const fix = intended.includes("'") ? doubleQuoted(intended) : singleQuoted(intended);
  const after =
    value
      .slice(close + 1)
      .trimStart()
      .split(/\s/)[0] ?? "";
  return `the value's quotes end at the second " (before ${quoteValue(after, 20)}), and YAML cannot read what follows; a value that holds double quotes goes in single quotes (or write each inner quote as \\"): ${writeLine(lead, fix)}`;
}

/** `title: 'Don't block checkout'`: the apostrophe ends a single-quoted value. */
function explainApostrophe(lead: string, value: string): string | undefined {
  const close = closingSingleQuote(value);
  if (close === -1 || !continuesTheWord(value.slice(close + 1))) return undefined;
  const intended = value.endsWith("'") ? value.slice(1, -1) : value.slice(1);
  const before = /\S*$/.exec(value.slice(1, close))?.[0] ?? "";
  const after = /^\S*/.exec(value.slice(close + 1))?.[0] ?? "";
  const fix = intended.includes('"') ? singleQuoted(intended) : doubleQuoted(intended);
  return `the apostrophe in ${quoteValue(`${before}'${after}`, 20)} ends the single-quoted value; write it twice ('') inside single quotes, or put the value in double quotes: ${writeLine(lead, fix)}`;
}

/**
 * What follows the closing quote is text of the same word (`"Add a "Pay`, `'Don't`): the quote
 * was meant as part of the value. After a space, something else is wrong.
 */
function continuesTheWord(text: string): boolean {
  return /^[^\s#,\]}]/.test(text);
}

/** Index of the quote that closes a double-quoted value (escapes skipped), or -1. */
function closingDoubleQuote(value: string): number {
  for (let i = 1; i < value.length; i++) {
    if (value[i] === "\\") i++;
    else if (value[i] === '"') return i;
  }
  return -1;
}

/** Index of the quote that closes a single-quoted value ('' is an escaped quote), or -1. */
function closingSingleQuote(value: string): number {
  for (let i = 1; i < value.length; i++) {
    if (value[i] !== "'") continue;
    if (value[i + 1] === "'") i++;
    else return i;
  }
  return -1;
}

/** The line as it should read, cut when long. */
function writeLine(lead: string, value: string): string {
  const line = `${lead.trimStart()}${value}`;
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/** JSON's double-quoted strings are YAML double-quoted strings. */
function doubleQuoted(text: string): string {
  return JSON.stringify(text);
}

function singleQuoted(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
