// date-order: an item's end may not come before its start. Read from the file's own values,
// so a file that fails the schema for another reason still has its dates checked.
import type { Finding } from "../diagnostics/diagnostic.js";
import { isCalendarDate } from "../model/dates.js";

export function checkDateOrder(file: string, kind: "milestone" | "epic", value: unknown): Finding[] {
  if (typeof value !== "object" || value === null) return [];
  const { start, end } = value as { start?: unknown; end?: unknown };
  // A date the schema refuses is reported there; only two real dates can be out of order.
  if (typeof start !== "string" || typeof end !== "string") return [];
  if (!isCalendarDate(start) || !isCalendarDate(end) || end >= start) return [];
  return [
    {
      file,
      rule: "date-order",
      severity: "error",
      message: `${kind} ends (${end}) before it starts (${start})`,
      path: ["end"],
      at: "value",
    },
  ];
}
