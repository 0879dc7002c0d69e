// The marker that ties a tracker issue to a story or an epic (docs/export.md, "github-issues";
// docs/sync.md): an HTML comment at the end of the issue's body, which GitHub does not show.
// Written by the github-issues export, read back by `roadmap sync`.
import { ID_MAX_LENGTH, ID_PATTERN } from "../model/schemas.js";

/** `roadmap:epic-id/story-id` for a story, `roadmap:epic-id` for an epic: the marker's text. */
export function markerText(key: string): string {
  return `roadmap:${key}`;
}

/** `<!-- roadmap:epic-id/story-id -->`: the marker as a hidden HTML comment (GitHub bodies). */
export function issueMarker(key: string): string {
  return `<!-- ${markerText(key)} -->`;
}

const MARKER = /<!-- roadmap:(\S+) -->/g;

/** The distinct keys of the markers in a body, in order of appearance. */
export function readMarkers(body: string): string[] {
  return [...new Set([...body.matchAll(MARKER)].map((match) => match[1] as string))];
}

/** A key as the road map would write it: `epic` or `epic/story`, each a valid id. */
export function parseMarkerKey(key: string): { epic: string; story?: string } | undefined {
  const parts = key.split("/");
  if (parts.length > 2 || !parts.every(isId)) return undefined;
  const [epic, story] = parts as [string, string | undefined];
  return story === undefined ? { epic } : { epic, story };
}

export function isId(id: string): boolean {
  return ID_PATTERN.test(id) && id.length <= ID_MAX_LENGTH;
}
