// The one terminal-safe form of text that comes from road-map files or git (docs/guarantees.md,
// "Output"): a title, an id, a file name, a commit subject or an author may hold bytes that a
// terminal obeys instead of showing (ESC starts sequences that clear the screen, retitle the
// window, plant links or rewrite earlier lines; BEL rings; CR returns to the line start; a
// newline splits one record into two). Every such character is shown as a visible escape, the
// way git quotes odd file names: `\e`, `\t`, `\n`, `\r`, `\x07` (other C0 controls and DEL),
// `\u009b` (C1 controls, and the Unicode controls that reorder or break lines: bidirectional
// overrides and isolates, line and paragraph separators). A backslash stays as it is.

/** The characters isControl names, as patterns (one to test, two to replace). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROLS_EXCEPT_NEWLINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ALL_CONTROLS = new RegExp(CONTROLS.source, "g");

const NAMED: Record<number, string> = { 9: "\\t", 10: "\\n", 13: "\\r", 27: "\\e" };

/** Whether the character with this UTF-16 code is shown escaped. */
export function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The visible form of one control character: `\e`, `\x07`, `\u009b`. */
export function escapeControl(code: number): string {
  const named = NAMED[code];
  if (named !== undefined) return named;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, "0")}`;
  return `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Whether the text holds anything escapeForTerminal would change. */
export function hasControls(text: string): boolean {
  return CONTROLS.test(text);
}

/**
 * Text as it may reach a terminal: every control character shown escaped. `keepNewlines` keeps
 * line breaks (for a message of several lines); everything else, CR included, is escaped.
 */
export function escapeForTerminal(text: string, options: { keepNewlines?: boolean } = {}): string {
  if (!CONTROLS.test(text)) return text;
  const pattern = options.keepNewlines ? CONTROLS_EXCEPT_NEWLINE : ALL_CONTROLS;
  return text.replace(pattern, (char) => escapeControl(char.charCodeAt(0)));
}
