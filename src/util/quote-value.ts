// Values quoted inside messages (diagnostics, usage errors): a value comes from a file or a
// command line and may be megabytes long, so past a length it is cut and its length said.
// Whole lines of output are cut elsewhere (views fit them to the terminal); this is for the
// value a message names.

/** Characters of a quoted value kept in a message. */
const QUOTED_VALUE_MAX = 60;

/**
 * `"value"`, or its start and its length: `"aaaa…" (5242880 characters)`. Inner quotes and
 * backslashes are escaped so the value's ends stay clear; control characters are left for the
 * one terminal-safe layer (util/terminal-text.ts), so a value reads the same in a message as in
 * a view (`\e[2J`, `\n`).
 */
export function quoteValue(value: string, max = QUOTED_VALUE_MAX): string {
  if (value.length <= max) return `"${escapeQuotes(value)}"`;
  return `"${escapeQuotes(startOf(value, max))}…" (${value.length} characters)`;
}

function escapeQuotes(text: string): string {
  return text.replace(/["\\]/g, "\\$&");
}

/** The text, or its start followed by "…" when longer than `max`. */
export function cutText(text: string, max = QUOTED_VALUE_MAX): string {
  return text.length <= max ? text : `${startOf(text, max)}…`;
}

/** The first `max` characters, never ending on half of a surrogate pair. */
function startOf(text: string, max: number): string {
  const start = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(start) ? start.slice(0, -1) : start;
}
