import { expect, test } from "vitest";
import {
  type BrowserContext,
  type BrowserState,
  initialBrowserState,
  type KeyPress,
  pressKey,
} from "./browser-state.js";
import type { BrowserNode } from "./browser-tree.js";

const leaf = (key: string): BrowserNode => ({
  key,
  label: key,
  item: { kind: "unscheduled", count: 0 },
  children: [],
});
const tree: BrowserNode[] = [
  { ...leaf("a"), children: [leaf("a/1"), { ...leaf("a/2"), children: [leaf("a/2/x")] }] },
  { ...leaf("b"), children: [leaf("b/1")] },
];
const context: BrowserContext = {
  treeFor: () => tree,
  textHeight: () => 50,
  pageSize: 10,
  // Each row's details: 30 lines, 8 shown at once.
  detailHeight: () => 30,
  detailPageSize: 8,
  revealFor: (query) => (query === "x" ? ["a/2"] : []),
};

function run(keys: [string, KeyPress?][], from: BrowserState = initialBrowserState(tree)): BrowserState {
  return keys.reduce((state, [input, key]) => pressKey(state, input, key ?? {}, context), from);
}

const down: [string, KeyPress] = ["", { downArrow: true }];
const up: [string, KeyPress] = ["", { upArrow: true }];
const enter: [string, KeyPress] = ["\r", { return: true }];
const left: [string, KeyPress] = ["", { leftArrow: true }];
const right: [string, KeyPress] = ["", { rightArrow: true }];
const tab: [string, KeyPress] = ["", { tab: true }];

test.each([
  ["themes start expanded, cursor on the first row", [], 0, ["a", "b"]],
  ["down moves; up stops at the top", [down, down, up, up, up], 0, ["a", "b"]],
  ["down stops at the last row", Array(10).fill(down), 4, ["a", "b"]],
  ["Enter expands a closed node", [down, down, enter], 2, ["a", "a/2", "b"]],
  ["Enter on a leaf does nothing", [down, enter], 1, ["a", "b"]],
  ["right expands, left collapses", [down, down, right, left], 2, ["a", "b"]],
  ["left on a closed node goes to its parent", [down, down, left], 0, ["a", "b"]],
  ["Enter collapses an open theme", [enter], 0, ["b"]],
  ["page down jumps a page, clamped", [["", { pageDown: true }]], 4, ["a", "b"]],
  ["j and k move like down and up", [["j"], ["j"], ["k"]], 1, ["a", "b"]],
  ["End goes to the last row, Home to the first", [["", { end: true }]], 4, ["a", "b"]],
  ["Home goes to the first row", [down, down, ["", { home: true }]], 0, ["a", "b"]],
] as [string, [string, KeyPress?][], number, string[]][])("%s", (_name, keys, cursor, expanded) => {
  const state = run(keys);
  expect(state.cursor).toBe(cursor);
  expect([...state.expanded].sort()).toEqual(expanded);
});

test("Tab cycles the views forward, shift-Tab back, and resets the scroll", () => {
  expect(run([tab]).view).toBe("timeline");
  expect(run([tab, tab]).view).toBe("now-next-later");
  expect(run([tab, tab, tab]).view).toBe("ideas");
  expect(run([tab, tab, tab, tab]).view).toBe("tree");
  expect(run([["", { tab: true, shift: true }]]).view).toBe("ideas");
  expect(run([tab, down, down, tab]).scroll).toBe(0);
});

test("arrows scroll the text views within their height", () => {
  expect(run([tab, down, down, up]).scroll).toBe(1);
  expect(run([tab, ["", { pageDown: true }], ["", { pageDown: true }]]).scroll).toBe(20);
  expect(run([tab, ...Array(9).fill(["", { pageDown: true }])]).scroll).toBe(40);
  expect(run([tab, up]).scroll).toBe(0);
});

test("/ types a filter: characters add, backspace removes, Enter keeps, Esc clears", () => {
  const typed = run([["/"], ["a"], ["b"], ["c"], ["", { backspace: true }]]);
  expect(typed).toMatchObject({ typing: true, query: "ab" });
  expect(run([enter], typed)).toMatchObject({ typing: false, query: "ab" });
  expect(run([["", { escape: true }]], typed)).toMatchObject({ typing: false, query: "" });
  expect(run([["/"], ["sso\tlogin\n"]])).toMatchObject({ typing: true, query: "ssologin" });
  // While typing, q is text, not quit.
  expect(run([["q"]], typed)).toMatchObject({ query: "abq", quit: false });
});

test("q quits", () => {
  expect(run([["q"]]).quit).toBe(true);
  expect(run([down]).quit).toBe(false);
});

test("d moves the focus into the detail pane, whose keys scroll it; Esc or d goes back", () => {
  const inside = run([down, ["d"]]);
  expect(inside).toMatchObject({ focus: "detail", cursor: 1, detailScroll: 0 });
  expect(run([down, ["j"], ["", { pageDown: true }]], inside)).toMatchObject({ cursor: 1, detailScroll: 10 });
  expect(run([["", { end: true }]], inside).detailScroll).toBe(22);
  expect(
    run(
      [
        ["", { end: true }],
        ["", { home: true }],
      ],
      inside,
    ).detailScroll,
  ).toBe(0);
  expect(run([["", { escape: true }]], inside).focus).toBe("list");
  expect(run([["d"]], inside).focus).toBe("list");
  // Back in the tree, moving to another row shows its details from the top.
  expect(run([["", { end: true }], ["d"], down], inside)).toMatchObject({ cursor: 2, detailScroll: 0 });
});

test("End and Home scroll the text views to their ends, j and k a line", () => {
  expect(run([tab, ["", { end: true }]]).scroll).toBe(40);
  expect(run([tab, ["j"], ["j"], ["k"]]).scroll).toBe(1);
});

test("/ starts a new filter, and opens the rows its matches sit in", () => {
  const kept = run([["/"], ["a"], enter]);
  expect(run([["/"]], kept)).toMatchObject({ typing: true, query: "" });
  const revealing = run([["/"], ["x"]]);
  expect(revealing.expanded.has("a/2")).toBe(true);
});
