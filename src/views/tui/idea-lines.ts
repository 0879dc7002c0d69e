// The `ideas` view of `roadmap ui` (docs/edit.md): the ranked intake as `roadmap ideas` prints it,
// narrowed by the "/" filter to ideas whose id, title, description, submitter or a requester
// holds the text (any case). Pure.
import { rankIdeas } from "../../intake/rank-ideas.js";
import type { Roadmap } from "../../model/roadmap.js";
import type { Idea } from "../../model/schemas.js";
import { plainPaint } from "../../util/paint.js";
import { renderIdeaLines, summarize } from "../text/ideas-view.js";

export function ideaLines(roadmap: Roadmap, query: string, today: string, width: number): string[] {
  const needle = query.trim().toLowerCase();
  const rows = rankIdeas(roadmap, { today, sort: "score" }).filter((row) => {
    const idea = roadmap.ideaById.get(row.id)?.data;
    return needle === "" || (idea !== undefined && mentions(row.id, idea, needle));
  });
  if (rows.length === 0) {
    return [
      needle === ""
        ? "no ideas yet (add one with roadmap new idea <id> title=...)"
        : `no idea matches "${query}"`,
    ];
  }
  return [...renderIdeaLines(rows, { paint: plainPaint, width }), summarize(rows)];
}

function mentions(id: string, idea: Idea, needle: string): boolean {
  const texts = [
    id,
    idea.title,
    idea.description,
    idea.submitted_by,
    ...(idea.requested_by ?? []).flatMap((request) => [request.name, request.note]),
  ];
  return texts.some((text) => text?.toLowerCase().includes(needle) ?? false);
}
