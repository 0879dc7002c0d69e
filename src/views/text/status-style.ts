// How each status looks: a glyph that reads without colour, and a colour on a TTY.
import type { EpicStatus, StoryStatus, ThemeStatus } from "../../model/schemas.js";
import type { Paint } from "../../util/paint.js";

export type ItemStatus = EpicStatus | StoryStatus | Exclude<ThemeStatus, "active">;

const glyphs: Record<ItemStatus, string> = {
  proposed: "·",
  planned: "○",
  "in-progress": "◐",
  done: "✓",
  dropped: "✗",
  todo: "○",
  paused: "·",
  retired: "✗",
};

export function statusGlyph(status: ItemStatus): string {
  return glyphs[status];
}

export function paintStatus(paint: Paint, status: ItemStatus, text: string): string {
  switch (status) {
    case "done":
      return paint.green(text);
    case "in-progress":
      return paint.yellow(text);
    case "planned":
    case "todo":
      return paint.blue(text);
    case "dropped":
    case "paused":
    case "retired":
      return paint.dim(text);
    case "proposed":
      return paint.gray(text);
  }
}
