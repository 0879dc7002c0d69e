// The interactive browser's tree: the same hierarchy as `show --view tree` (show-tree.ts), as
// nodes with stable keys so expansion and the cursor survive re-filtering. Pure.
import { ownersOf } from "../../model/owners.js";
import { buildRoadmap, type Located, type Roadmap } from "../../model/roadmap.js";
import type { Epic, Milestone, Story, Theme } from "../../model/schemas.js";
import { pushAll } from "../../util/spread-free.js";
import { buildShowTree, type ShowEpic } from "../show-tree.js";
import type { ItemStatus } from "../text/status-style.js";

export type BrowserItem =
  | { kind: "theme"; item: Located<Theme> }
  | { kind: "milestone"; item: Located<Milestone> }
  | { kind: "epic"; item: Located<Epic> }
  | { kind: "story"; epic: Located<Epic>; story: Story }
  | { kind: "unscheduled"; count: number };

export interface BrowserNode {
  key: string;
  label: string;
  status?: ItemStatus;
  progress?: number;
  item: BrowserItem;
  children: BrowserNode[];
}

export interface VisibleRow {
  node: BrowserNode;
  depth: number;
  expanded: boolean;
}

export function buildBrowserTree(roadmap: Roadmap): BrowserNode[] {
  const epicNode = (epic: ShowEpic, parent: string): BrowserNode => {
    const located = roadmap.epicById.get(epic.id)!;
    return {
      key: `${parent}/e:${epic.id}`,
      label: epic.title,
      status: epic.status,
      progress: epic.progress,
      item: { kind: "epic", item: located },
      children: (located.data.stories ?? []).map((story) => ({
        key: `${parent}/e:${epic.id}/s:${story.id}`,
        label: story.title,
        status: story.status,
        item: { kind: "story", epic: located, story },
        children: [],
      })),
    };
  };
  return buildShowTree(roadmap).themes.map((theme) => {
    const key = `t:${theme.id}`;
    const children: BrowserNode[] = theme.milestones.map((milestone) => {
      const milestoneKey = `${key}/m:${milestone.id}`;
      return {
        key: milestoneKey,
        label: milestone.title,
        progress: milestone.progress,
        item: { kind: "milestone", item: roadmap.milestoneById.get(milestone.id)! },
        children: milestone.epics.map((epic) => epicNode(epic, milestoneKey)),
      };
    });
    if (theme.unscheduled.length > 0) {
      const unscheduledKey = `${key}/unscheduled`;
      children.push({
        key: unscheduledKey,
        label: "Unscheduled",
        item: { kind: "unscheduled", count: theme.unscheduled.length },
        children: theme.unscheduled.map((epic) => epicNode(epic, unscheduledKey)),
      });
    }
    return {
      key,
      label: theme.title,
      progress: theme.progress,
      item: { kind: "theme", item: roadmap.themeById.get(theme.id)! },
      children,
    };
  });
}

/** The rows on screen: every node whose ancestors are all expanded. */
export function visibleRows(nodes: BrowserNode[], expanded: ReadonlySet<string>, depth = 0): VisibleRow[] {
  const rows: VisibleRow[] = [];
  for (const node of nodes) {
    const open = expanded.has(node.key);
    rows.push({ node, depth, expanded: open });
    if (open) pushAll(rows, visibleRows(node.children, expanded, depth + 1));
  }
  return rows;
}

/**
 * The road map narrowed to epics whose id, title, any owner, a story's title or owner, or their
 * theme's or milestone's title holds the text (any case). Themes and milestones stay when they
 * hold such an epic. Empty text leaves the road map as it is.
 */
export function filterByText(roadmap: Roadmap, text: string): Roadmap {
  const needle = text.trim().toLowerCase();
  if (needle === "") return roadmap;
  const has = (value: string | undefined): boolean => value?.toLowerCase().includes(needle) ?? false;
  const epics = roadmap.epics.filter(
    (epic) =>
      has(epic.id) ||
      has(epic.data.title) ||
      ownersOf(epic.data).some(has) ||
      has(roadmap.themeById.get(epic.data.theme)?.data.title) ||
      (epic.data.milestone !== undefined &&
        has(roadmap.milestoneById.get(epic.data.milestone)?.data.title)) ||
      (epic.data.stories ?? []).some((story) => has(story.title) || ownersOf(story).some(has)),
  );
  const themes = new Set(epics.map((epic) => epic.data.theme));
  const milestones = new Set(epics.map((epic) => epic.data.milestone));
  return buildRoadmap({
    mission: roadmap.mission,
    themes: roadmap.themes.filter((theme) => themes.has(theme.id)),
    milestones: roadmap.milestones.filter((milestone) => milestones.has(milestone.id)),
    epics,
    teams: roadmap.teams,
    config: roadmap.config,
  });
}

/**
 * The rows to open so that every match of a text filter shows: in the filtered tree, each theme,
 * milestone and unscheduled group (they hold matching epics only), and each epic with a story
 * whose title holds the text.
 */
export function revealMatches(tree: readonly BrowserNode[], text: string): string[] {
  const needle = text.trim().toLowerCase();
  if (needle === "") return [];
  const keys: string[] = [];
  const visit = (node: BrowserNode): void => {
    if (node.children.length === 0) return;
    const isEpic = node.item.kind === "epic";
    if (!isEpic || node.children.some((child) => child.label.toLowerCase().includes(needle)))
      keys.push(node.key);
    if (!isEpic) node.children.forEach(visit);
  };
  tree.forEach(visit);
  return keys;
}

/**
 * The filtered tree with each row's progress as in the whole road map: a filter chooses what is
 * listed, not what the percentages count (docs/views.md, "roadmap ui").
 */
export function withWholeProgress(
  filtered: readonly BrowserNode[],
  whole: readonly BrowserNode[],
): BrowserNode[] {
  const progress = new Map<string, number | undefined>();
  const collect = (node: BrowserNode): void => {
    progress.set(node.key, node.progress);
    node.children.forEach(collect);
  };
  whole.forEach(collect);
  const restore = (node: BrowserNode): BrowserNode => ({
    ...node,
    ...(progress.has(node.key) ? { progress: progress.get(node.key) } : {}),
    children: node.children.map(restore),
  });
  return filtered.map(restore);
}
