// `export --format json` (docs/export.md): the whole validated model plus the roll-up, for other
// tools. Keys come in the canonical order of `fmt` (docs/format.md), then anything else sorted, so the
// output is stable whatever order the YAML files use.
import { type KeyOrder, keyOrders, orderKeys } from "../format/key-order.js";
import type { Located, Roadmap } from "../model/roadmap.js";
import { rollupRoadmap } from "../rollup/rollup.js";

/** Bumped when a field is removed or changes meaning (adding fields is not a break). */
const EXPORT_JSON_VERSION = 1;

export function renderJsonExport(roadmap: Roadmap): string {
  // A declared `id:` equals the file name (validated), so spreading it keeps `id` first.
  const located = <T>(item: Located<T>, order: KeyOrder | undefined): object => ({
    id: item.id,
    ...fileOf(item),
    ...(orderKeys(item.data, order, "sorted") as object),
  });
  const document = {
    version: EXPORT_JSON_VERSION,
    audience: roadmap.audience,
    mission:
      roadmap.mission === undefined
        ? null
        : {
            ...fileOf(roadmap.mission),
            ...(orderKeys(roadmap.mission.data, keyOrders.mission, "sorted") as object),
          },
    themes: roadmap.themes.map((theme) => located(theme, keyOrders.theme)),
    milestones: roadmap.milestones.map((milestone) => located(milestone, keyOrders.milestone)),
    epics: roadmap.epics.map((epic) => located(epic, keyOrders.epic)),
    // Only with a teams/ folder (docs/format.md), so road maps without teams export as before.
    ...(roadmap.teams.length > 0
      ? { teams: roadmap.teams.map((team) => located(team, keyOrders.team)) }
      : {}),
    rollup: rollupRoadmap(roadmap),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `{file}`, or nothing for a public road map, whose paths are not published (docs/audiences.md). */
function fileOf(item: Located<unknown>): { file?: string } {
  return item.file === "" ? {} : { file: item.file };
}
