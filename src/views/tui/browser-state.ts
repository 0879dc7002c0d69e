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
    quit: false,
  };
}

export function pressKey(
  state: BrowserState,
  input: string,
  key: KeyPress,
  context: BrowserContext,
): BrowserState {
  if (state.typing) return typeFilter(state, input, key);
  if (input === "q" || (key.ctrl && input === "c")) return { ...state, quit: true };
  if (input === "/") return { ...state, typing: true };
  if (key.tab) {
    const step = key.shift ? browserViews.length - 1 : 1;
    const view = browserViews[(browserViews.indexOf(state.view) + step) % browserViews.length]!;
    return { ...state, view, scroll: 0 };
  }
  if (state.view !== "tree") {
    const last = Math.max(0, context.textHeight(state.view, state.query) - context.pageSize);
    return { ...state, scroll: clamp(state.scroll + movement(key, context.pageSize), 0, last) };
  }
  const rows = visibleRows(context.treeFor(state.query), state.expanded);
  if (rows.length === 0) return state;
  const cursor = clamp(state.cursor, 0, rows.length - 1);
  const row = rows[cursor]!;
  const hasChildren = row.node.children.length > 0;
  if ((key.return && hasChildren) || (key.rightArrow && hasChildren && !row.expanded)) {
    return { ...state, cursor, expanded: toggled(state.expanded, row.node.key, !row.expanded) };
  }
  if (key.leftArrow) {
    if (row.expanded) return { ...state, cursor, expanded: toggled(state.expanded, row.node.key, false) };
    // Already closed: go up to the parent, as file browsers do.
    const parent = rows.slice(0, cursor).findLastIndex((candidate) => candidate.depth < row.depth);
    return { ...state, cursor: parent >= 0 ? parent : cursor };
  }
  return { ...state, cursor: clamp(cursor + movement(key, context.pageSize), 0, rows.length - 1) };
}

function typeFilter(state: BrowserState, input: string, key: KeyPress): BrowserState {
  if (key.return) return { ...state, typing: false };
  if (key.escape) return { ...state, typing: false, query: "", cursor: 0, scroll: 0 };
  if (key.backspace || key.delete) return { ...state, query: state.query.slice(0, -1), cursor: 0, scroll: 0 };
  if (key.ctrl || key.meta) return state;
  // A paste arrives as one input: keep its printable characters only.
  const text = [...input].filter((char) => char >= " " && char !== "\u007f").join("");
  if (text === "") return state;
  return { ...state, query: state.query + text, cursor: 0, scroll: 0 };
}

function movement(key: KeyPress, pageSize: number): number {
  if (key.upArrow) return -1;
  if (key.downArrow) return 1;
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
