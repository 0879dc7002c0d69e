// Files present on a side of a comparison that did not become an item (broken YAML, schema
// errors): their "absence" is not a removal, so the diff leaves them out and says so.
import type { Finding } from "../diagnostics/diagnostic.js";
import { classifyPath, idFromPath } from "../model/layout.js";
import type { Roadmap } from "../model/roadmap.js";
import type { SourceListing } from "../parse/source-files.js";

export interface UnreadableFile {
  /** Relative to the road-map folder. */
  file: string;
  /** The item it holds, as `type:id` (the diff's skip key). */
  key: string;
  /** The first problem found in it. */
  message: string;
}

export function findUnreadable(
  listing: SourceListing,
  roadmap: Roadmap,
  findings: readonly Finding[],
): UnreadableFile[] {
  const unreadable: UnreadableFile[] = [];
  for (const file of listing.files) {
    const kind = classifyPath(file.path);
    if (kind === undefined || kind === "stray" || kind === "config") continue;
    const id = kind === "mission" ? "mission" : idFromPath(file.path);
    const byId = {
      theme: roadmap.themeById,
      milestone: roadmap.milestoneById,
      epic: roadmap.epicById,
      idea: roadmap.ideaById,
      team: roadmap.teamById,
    };
    const item = kind === "mission" ? roadmap.mission : byId[kind].get(id);
    // Present, or a duplicate id whose item was read from its first file: not unreadable.
    if (item !== undefined) continue;
    const problem = findings.find((finding) => finding.file === file.path && finding.severity === "error");
    unreadable.push({
      file: file.path,
      key: `${kind}:${id}`,
      message: problem ? `${problem.message} (${problem.rule})` : "could not be read",
    });
  }
  return unreadable;
}
