// `roadmap sync` (docs/export.md; docs/sync.md): which statuses a list of tracker issues asks for. Pure:
// issues and the validated road map in, the status each story or epic should have out, and the
// issues that could not be matched (reported, never guessed). The edit engine writes them.
//
// - A closed issue: done. An open issue with an assignee: in-progress.
// - An open issue without an assignee (or from a list printed without assignees) says the work
//   is not done, not that it has started: a done story goes back to todo (a done epic to
//   planned), and any other status is kept.
// - A dropped epic is a road-map decision: sync never changes its status.
// - An epic that is proposed or planned becomes in-progress when, after sync, one of its stories
//   that has an issue is in progress or done (what lint's status-mismatch asks), unless an issue
//   of its own says otherwise.
import type { Located, Roadmap } from "../model/roadmap.js";
import type { Epic, EpicStatus, StoryStatus } from "../model/schemas.js";
import type { TrackerIssue } from "./issue-list.js";
import { parseMarkerKey, readMarkers } from "./issue-marker.js";

export interface StatusUpdate {
  kind: "story" | "epic";
  /** `epic-id/story-id` or `epic-id`. */
  id: string;
  to: StoryStatus | EpicStatus;
  /** The issue that asks for it; undefined when it follows from the epic's stories. */
  issue: number | undefined;
}

export type UnmatchedReason = "no-marker" | "unknown-marker" | "several-markers" | "shared-marker";

export interface UnmatchedIssue {
  number: number;
  title: string;
  reason: UnmatchedReason;
  /** The marker keys the issue carries (none for no-marker). */
  markers: string[];
}

export interface SyncPlan {
  /** Only the statuses that change, stories first (in road-map order), then epics. */
  updates: StatusUpdate[];
  unmatched: UnmatchedIssue[];
}

export function planSync(issues: readonly TrackerIssue[], roadmap: Roadmap): SyncPlan {
  const unmatched: UnmatchedIssue[] = [];
  const byKey = new Map<string, TrackerIssue[]>();
  for (const issue of issues) {
    const markers = readMarkers(issue.body);
    const miss = (reason: UnmatchedReason) =>
      unmatched.push({ number: issue.number, title: issue.title, reason, markers });
    if (markers.length === 0) miss("no-marker");
    else if (markers.length > 1) miss("several-markers");
    else if (!exists(markers[0] as string, roadmap)) miss("unknown-marker");
    else byKey.set(markers[0] as string, [...(byKey.get(markers[0] as string) ?? []), issue]);
  }
  const matched = new Map<string, TrackerIssue>();
  for (const [key, sharing] of byKey) {
    if (sharing.length === 1) matched.set(key, sharing[0] as TrackerIssue);
    else {
      for (const issue of sharing) {
        unmatched.push({ number: issue.number, title: issue.title, reason: "shared-marker", markers: [key] });
      }
    }
  }
  unmatched.sort((a, b) => a.number - b.number);
  return { updates: statusUpdates(matched, roadmap), unmatched };
}

function statusUpdates(matched: ReadonlyMap<string, TrackerIssue>, roadmap: Roadmap): StatusUpdate[] {
  const stories: StatusUpdate[] = [];
  const epics: StatusUpdate[] = [];
  for (const epic of roadmap.epics) {
    let started = false;
    for (const story of epic.data.stories ?? []) {
      const id = `${epic.id}/${story.id}`;
      const issue = matched.get(id);
      if (issue === undefined) continue;
      const to = storyStatus(story.status, issue);
      if (to !== story.status) stories.push({ kind: "story", id, to, issue: issue.number });
      if (to !== "todo") started = true;
    }
    const update = epicUpdate(epic, matched.get(epic.id), started);
    if (update !== undefined) epics.push(update);
  }
  return [...stories, ...epics];
}

function storyStatus(current: StoryStatus, issue: TrackerIssue): StoryStatus {
  if (issue.state === "closed") return "done";
  if (issue.assigned === true) return "in-progress";
  return current === "done" ? "todo" : current;
}

function epicUpdate(
  epic: Located<Epic>,
  issue: TrackerIssue | undefined,
  started: boolean,
): StatusUpdate | undefined {
  const current = epic.data.status;
  if (current === "dropped") return undefined;
  let to: EpicStatus = current;
  if (issue !== undefined) {
    if (issue.state === "closed") to = "done";
    else if (issue.assigned === true) to = "in-progress";
    else if (current === "done") to = "planned";
  } else if (started && (current === "proposed" || current === "planned")) {
    to = "in-progress";
  }
  return to === current ? undefined : { kind: "epic", id: epic.id, to, issue: issue?.number };
}

/** Whether the road map has the story or epic a marker names. */
function exists(key: string, roadmap: Roadmap): boolean {
  const parsed = parseMarkerKey(key);
  if (parsed === undefined) return false;
  const epic = roadmap.epicById.get(parsed.epic);
  if (epic === undefined) return false;
  return parsed.story === undefined || (epic.data.stories ?? []).some((story) => story.id === parsed.story);
}
