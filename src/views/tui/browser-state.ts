// The browser's state and what each key does to it, as a pure function: every key press is
// applied to the latest state (keys typed faster than a frame, or pasted, are never lost or
// applied to a stale cursor), and the behaviour is testable without a terminal.
import { type BrowserNode, visibleRows } from "./browser-tree.js";

export const browserViews = ["tree", "timeline", "now-next-later", "ideas"] as const;
export type BrowserView = (typeof browserViews)[number];

export interface BrowserState {
  view: BrowserView;
  /** The "/" text filter. */
  query: string;
  /** True while the filter is being typed. */
  typing: boolean;
  /** Index of the selected tree row. */
  cursor: number;
  /** First line shown of the timeline / now-next-later / ideas text. */
  scroll: number;
  expanded: ReadonlySet<string>;
  /** Which pane the movement keys scroll: the tree, or the selected item's details. */
  focus: "list" | "detail";
  /** First line shown of the detail pane. */
  detailScroll: number;
  quit: boolean;
}

/** The keys the browser reads (a subset of Ink's Key). */
export interface KeyPress {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

export interface BrowserContext {
  /** The tree for a text filter. */
  treeFor(query: string): BrowserNode[];
  /** How many lines the timeline / now-next-later / ideas text has for a view and filter. */
  textHeight(view: BrowserView, query: string): number;
  /** Rows that fit on screen at once. */
  pageSize: number;
  /** How many lines the detail pane has for the selected row, and how many it shows at once. */
  detailHeight(state: BrowserState): number;
  detailPageSize: number;
  /** The keys of the rows to open so that the matches of a filter show (browser-tree.ts). */
  revealFor(query: string): readonly string[];
}

/** Themes start expanded, so the first screen shows the milestones. */
export function initialBrowserState(tree: BrowserNode[]): BrowserState {
  return {
    view: "tree",
    query: "",
    typing: false,
    cursor: 0,
    scroll: 0,
    expanded: new Set(tree.map((node) => node.key)),
    focus: "list",
    detailScroll: 0,
    quit: false,
  };
}

/**
 * Keys: ↑↓ or j/k move (scroll, in the text views and the focused detail pane), PgUp/PgDn a page,
 * Home/End to the first and last; Enter or → opens, ← closes or goes to the parent; d moves the
 * focus into the detail pane and Esc (or d) back; Tab switches views; / starts a new filter.
 */
export function pressKey(
  state: BrowserState,
  input: string,
  key: KeyPress,
  context: BrowserContext,
): BrowserState {
  if (state.typing) return typeFilter(state, input, key, context);
  if (input === "q" || (key.ctrl && input === "c")) return { ...state, quit: true };
  if (input === "/") return { ...state, typing: true, query: "", cursor: 0, scroll: 0, detailScroll: 0 };
  if (key.tab) {
    const step = key.shift ? browserViews.length - 1 : 1;
    const view = browserViews[(browserViews.indexOf(state.view) + step) % browserViews.length]!;
    return { ...state, view, scroll: 0, focus: "list" };
  }
  if (state.view !== "tree") {
    const last = Math.max(0, context.textHeight(state.view, state.query) - context.pageSize);
    return { ...state, scroll: moved(state.scroll, key, input, context.pageSize, last) };
  }
  if (state.focus === "detail") return pressInDetail(state, input, key, context);
  const rows = visibleRows(context.treeFor(state.query), state.expanded);
  if (rows.length === 0) return state;
  const cursor = clamp(state.cursor, 0, rows.length - 1);
  const row = rows[cursor]!;
  const hasChildren = row.node.children.length > 0;
  if (input === "d") return { ...state, cursor, focus: "detail" };
  if ((key.return && hasChildren) || (key.rightArrow && hasChildren && !row.expanded)) {
    return { ...state, cursor, expanded: toggled(state.expanded, row.node.key, !row.expanded) };
  }
  if (key.leftArrow) {
    if (row.expanded) return { ...state, cursor, expanded: toggled(state.expanded, row.node.key, false) };
    // Already closed: go up to the parent, as file browsers do.
    const parent = rows.slice(0, cursor).findLastIndex((candidate) => candidate.depth < row.depth);
    return { ...state, cursor: parent >= 0 ? parent : cursor, detailScroll: 0 };
  }
  const next = moved(cursor, key, input, context.pageSize, rows.length - 1);
  return next === cursor ? { ...state, cursor } : { ...state, cursor: next, detailScroll: 0 };
}

function pressInDetail(
  state: BrowserState,
  input: string,
  key: KeyPress,
  context: BrowserContext,
): BrowserState {
  if (key.escape || input === "d" || key.leftArrow) return { ...state, focus: "list" };
  const last = Math.max(0, context.detailHeight(state) - context.detailPageSize);
  return { ...state, detailScroll: moved(state.detailScroll, key, input, context.detailPageSize, last) };
}

function typeFilter(
  state: BrowserState,
  input: string,
  key: KeyPress,
  context: BrowserContext,
): BrowserState {
  if (key.return) return { ...state, typing: false };
  if (key.escape) return { ...state, typing: false, query: "", cursor: 0, scroll: 0, detailScroll: 0 };
  let query = state.query;
  if (key.backspace || key.delete) query = query.slice(0, -1);
  else if (!key.ctrl && !key.meta) {
    // A paste arrives as one input: keep its printable characters only.
    query += [...input].filter((char) => char >= " " && char !== "\u007f").join("");
  }
  if (query === state.query) return state;
  // Matches inside closed rows are opened, so the filter never hides what it found.
  const expanded = new Set([...state.expanded, ...context.revealFor(query)]);
  return { ...state, query, expanded, cursor: 0, scroll: 0, detailScroll: 0 };
}

/** A position moved by the key and clamped to 0..last. */
function moved(at: number, key: KeyPress, input: string, pageSize: number, last: number): number {
  if (key.home) return 0;
  if (key.end) return last;
  return clamp(at + movement(key, input, pageSize), 0, last);
}

function movement(key: KeyPress, input: string, pageSize: number): number {
  if (key.upArrow || input === "k") return -1;
  if (key.downArrow || input === "j") return 1;
  if (key.pageUp) return -pageSize;
  if (key.pageDown) return pageSize;
  return 0;
}

function toggled(set: ReadonlySet<string>, key: string, open: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (open) next.add(key);
  else next.delete(key);
  return next;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
