// Values quoted inside messages (diagnostics, usage errors): a value comes from a file or a
// command line and may be megabytes long, so past a length it is cut and its length said.
// Whole lines of output are cut elsewhere (views fit them to the terminal); this is for the
// value a message names.

/** Characters of a quoted value kept in a message. */
export const QUOTED_VALUE_MAX = 60;

/** `"value"` (JSON quoting), or its start and its length: `"aaaa…" (5242880 characters)`. */
export function quoteValue(value: string, max = QUOTED_VALUE_MAX): string {
  if (value.length <= max) return JSON.stringify(value);
  return `${JSON.stringify(startOf(value, max)).slice(0, -1)}…" (${value.length} characters)`;
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
