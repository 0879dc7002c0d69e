// Labels cut to a width can become ambiguous: two different epics whose titles start alike
// print the same cut text. Where that happens the id is shown, so every line names one item
// (docs/views.md).
import { truncate, widthOf } from "./fit.js";

export interface LabelParts {
  id: string;
  /** Before the title, never cut: indentation and a status glyph. */
  prefix: string;
  title: string;
  /** After the title (and the id when shown), never cut: a mark such as " · overdue". */
  suffix?: string;
}

/**
 * Each label fitted to `width`, with ` (id)` after the title where the fitted titles collide
 * (compared without their prefixes: a different status glyph does not tell two epics apart).
 */
export function fitDistinctLabels(items: readonly LabelParts[], width: number): string[] {
  const plain = items.map((item) => fitLabel(item, width, false));
  const idsByTitle = new Map<string, Set<string>>();
  plain.forEach(({ title }, index) => {
    const ids = idsByTitle.get(title) ?? new Set<string>();
    ids.add(items[index]!.id);
    idsByTitle.set(title, ids);
  });
  return plain.map(({ title, text }, index) =>
    (idsByTitle.get(title)?.size ?? 0) > 1 ? fitLabel(items[index]!, width, true).text : text,
  );
}

/** The whole label, and the title as it appears in it (for telling labels apart). */
function fitLabel(item: LabelParts, width: number, withId: boolean): { text: string; title: string } {
  const tail = `${withId ? ` (${item.id})` : ""}${item.suffix ?? ""}`;
  const room = width - widthOf(item.prefix) - widthOf(tail);
  // Too narrow to keep the tail whole: cut the whole line instead.
  if (room < 2) {
    const text = truncate(`${item.prefix}${item.title}${tail}`, width);
    return { text, title: text.slice(item.prefix.length) };
  }
  const title = truncate(item.title, room);
  return { text: `${item.prefix}${title}${tail}`, title };
}
