// date-order: an item's end may not come before its start.
import type { Finding } from "../diagnostics/diagnostic.js";
import type { Roadmap } from "../model/roadmap.js";

export function checkDateOrder(roadmap: Roadmap): Finding[] {
  const findings: Finding[] = [];
  const items = [
    ...roadmap.milestones.map((m) => ({
      kind: "milestone",
      file: m.file,
      start: m.data.start,
      end: m.data.end,
    })),
    ...roadmap.epics.map((e) => ({ kind: "epic", file: e.file, start: e.data.start, end: e.data.end })),
  ];
  for (const item of items) {
    if (item.start === undefined || item.end === undefined || item.end >= item.start) continue;
    findings.push({
      file: item.file,
      rule: "date-order",
      severity: "error",
      message: `${item.kind} ends (${item.end}) before it starts (${item.start})`,
      path: ["end"],
      at: "value",
    });
  }
  return findings;
}
