// Words for one semantic change, shared by the text diff and the log: "epic auth
// Authentication: milestone q2 -> q3 (ends 2026-06-30 -> 2026-09-30)". Ids, titles, field names
// and values come from the road map at any revision: they come out terminal-safe, control
// characters shown escaped (docs/guarantees.md, "Output").
import type { Change } from "../../history/change.js";
import type { Paint } from "../../util/paint.js";
import { escapeForTerminal } from "../../util/terminal-text.js";
import { truncate } from "./fit.js";

/** Long values (descriptions) are cut: the reviewer needs the gist, the file has the rest. */
const MAX_VALUE_LENGTH = 60;

export function formatValue(value: unknown): string {
  if (value === undefined) return "(none)";
  const text = typeof value === "string" ? value : compactJson(value);
  return shorten(text, MAX_VALUE_LENGTH);
}

/** One line, cut with an ellipsis past `max` columns; control characters shown escaped. */
export function shorten(text: string, max: number): string {
  return truncate(text.replace(/\s+/g, " ").trim(), max);
}

function compactJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => compactJson(item)).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).map(([key, inner]) => `${key}: ${compactJson(inner)}`);
    return `{${entries.join(", ")}}`;
  }
  // Inside a list or mapping, text that holds the separators is quoted, so that
  // `name: "Initech, Inc."` does not read as two entries.
  if (typeof value === "string" && (value === "" || /[,:[\]{}"]|^\s|\s$/.test(value)))
    return JSON.stringify(value);
  return String(value);
}

/** The sign a line starts with: + added, - removed, > renamed, ! slipped, ~ changed. */
function markOf(change: Change): string {
  if (change.kind === "added") return "+";
  if (change.kind === "removed") return "-";
  if (change.kind === "renamed") return ">";
  return change.slipped ? "!" : "~";
}

function paintMark(change: Change, paint: Paint): string {
  const mark = markOf(change);
  if (mark === "+") return paint.green(mark);
  if (mark === "-") return paint.red(mark);
  if (mark === "!") return paint.yellow(mark);
  return paint.cyan(mark);
}

/** "epic auth Authentication" (the title dimmed), with the old id for a rename. */
function describeItem(change: Change, paint: Paint): string {
  const id = escapeForTerminal(
    change.kind === "renamed" ? `${String(change.from)} -> ${String(change.to)}` : change.id,
  );
  const title =
    change.title !== undefined && change.title !== change.id
      ? ` ${paint.dim(shorten(change.title, MAX_VALUE_LENGTH))}`
      : "";
  return `${change.type} ${paint.bold(id)}${title}`;
}

/** What changed in a field: "milestone q2 -> q3 (ends 2026-06-30 -> 2026-09-30)". */
function describeFieldChange(change: Change): string {
  const values = `${formatValue(change.from)} -> ${formatValue(change.to)}`;
  const ends = change.ends
    ? escapeForTerminal(` (ends ${change.ends.from ?? "?"} -> ${change.ends.to ?? "?"})`)
    : "";
  return `${escapeForTerminal(change.field ?? "")} ${values}${ends}`;
}

/** One line: mark, item, and for a field change what changed; slips tagged. */
export function describeChange(change: Change, paint: Paint): string {
  const head = `${paintMark(change, paint)} ${describeItem(change, paint)}`;
  if (change.kind !== "changed") return head;
  const slipped = change.slipped ? `  ${paint.yellow("slipped")}` : "";
  return `${head}: ${describeFieldChange(change)}${slipped}`;
}
