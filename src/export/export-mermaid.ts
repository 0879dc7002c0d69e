// `export --format mermaid` (docs/export.md): a Mermaid `gantt` chart, one section per theme,
// one task per epic that has dates (its own, else its milestone's). GitHub renders it inside
// a ```mermaid block. Dates are inclusive, as in the road map (`inclusiveEndDates`).

import { epicDates } from "../model/epic-dates.js";
import { compareText, type Roadmap } from "../model/roadmap.js";
import type { EpicStatus } from "../model/schemas.js";

const STATUS_TAGS: Record<EpicStatus, string> = {
  done: "done, ",
  "in-progress": "active, ",
  planned: "",
  proposed: "",
  dropped: "",
};

export function renderMermaidExport(roadmap: Roadmap): string {
  const lines = [
    "gantt",
    `  title ${escapeMermaid(roadmap.mission?.data.name ?? "Road map")}`,
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %Y-%m",
    "  inclusiveEndDates",
  ];
  for (const theme of roadmap.themes) {
    const tasks = roadmap.epics.flatMap((epic) => {
      if (epic.data.theme !== theme.id) return [];
      const dates = epicDates(epic.data, roadmap);
      if (dates === undefined) return [];
      const name = epic.data.status === "dropped" ? `${epic.data.title} (dropped)` : epic.data.title;
      return [
        {
          start: dates.start,
          line: `    ${escapeMermaid(name)} :${STATUS_TAGS[epic.data.status]}${dates.start}, ${dates.end}`,
        },
      ];
    });
    if (tasks.length === 0) continue;
    lines.push(`  section ${escapeMermaid(theme.data.title)}`);
    tasks.sort((a, b) => compareText(a.start, b.start));
    lines.push(...tasks.map((task) => task.line));
  }
  return `${lines.join("\n")}\n`;
}

/** Words that start a statement rather than a task when a line begins with them. */
const KEYWORDS =
  /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|acctitle|accdescr|click|displaymode|gantt)\b/i;

/**
 * Text safe in a task or section name: `:` ends a name, `#` and `;` start an entity or end a
 * statement, `%%` a comment; `<` and `>` never reach the SVG as markup. Mermaid decodes `#58;`-style entities back when it draws, so the
 * reader sees the original characters. A name that begins with a keyword gets its first
 * letter as an entity, so it is not read as that statement.
 */
export function escapeMermaid(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const escaped = flat.replace(/[#:;%<>]/g, (char) => `#${char.charCodeAt(0)};`);
  return KEYWORDS.test(escaped) ? `#${escaped.charCodeAt(0)};${escaped.slice(1)}` : escaped || "#32;";
}
