// `roadmap ui`: browse the tree with the arrow keys, Enter to expand or collapse, Tab to switch
// between tree, timeline, now/next/later and the ranked ideas, "/" to filter by text, q to quit. The selected
// item's details sit beside the tree (below it on narrow terminals). Data in, keys in: the
// component never loads anything; what keys do lives in browser-state.ts. Every text it shows
// goes through fit.ts (fitTo, wrap) or the text views, so control characters in road-map text
// reach the terminal escaped, never raw (docs/guarantees.md, "Output").
import { Box, Text, useApp, useInput } from "ink";
import { type ReactElement, useEffect, useMemo, useState } from "react";
import { formatPercent } from "../../model/percent.js";
import type { Roadmap } from "../../model/roadmap.js";
import { plainPaint } from "../../util/paint.js";
import { fitTo, wrap } from "../text/fit.js";
import { renderNowNextLater } from "../text/now-next-later-view.js";
import { type ItemStatus, statusGlyph } from "../text/status-style.js";
import { renderTimeline } from "../text/timeline-view.js";
import {
  type BrowserContext,
  type BrowserState,
  type BrowserView,
  browserViews,
  initialBrowserState,
  pressKey,
} from "./browser-state.js";
import {
  type BrowserNode,
  buildBrowserTree,
  filterByText,
  revealMatches,
  visibleRows,
  withWholeProgress,
} from "./browser-tree.js";
import { detailLines } from "./detail-lines.js";
import { ideaLines } from "./idea-lines.js";

export interface RoadmapBrowserProps {
  roadmap: Roadmap;
  today: string;
  fiscalYearStart: number;
  width: number;
  height: number;
  /** The git revision shown (`ui --rev`), named in the header; absent for the working tree. */
  revision?: string;
}

const statusColors: Record<ItemStatus, string> = {
  done: "green",
  "in-progress": "yellow",
  planned: "blue",
  todo: "blue",
  proposed: "gray",
  dropped: "gray",
  paused: "gray",
  retired: "gray",
};

/** The browser as an element, for `render` in the command (which does not import React). */
export function browserElement(props: RoadmapBrowserProps): ReactElement {
  return <RoadmapBrowser {...props} />;
}

/** Where the panes go: side by side from 80 columns, else the details below the tree. */
interface Layout {
  bodyHeight: number;
  wide: boolean;
  listWidth: number;
  listHeight: number;
  detailWidth: number;
  detailHeight: number;
}

function layoutFor(width: number, height: number): Layout {
  const bodyHeight = Math.max(3, height - 3);
  const wide = width >= 80;
  const listWidth = wide ? Math.floor(width * 0.55) : width;
  const listHeight = wide ? bodyHeight : Math.ceil(bodyHeight / 2);
  return {
    bodyHeight,
    wide,
    listWidth,
    listHeight,
    detailWidth: wide ? width - listWidth - 1 : width,
    detailHeight: wide ? bodyHeight : bodyHeight - listHeight,
  };
}

export function RoadmapBrowser(props: RoadmapBrowserProps) {
  const { exit } = useApp();
  // Props change when the terminal is resized (commands/ui.ts): everything sized is made again.
  const context = useMemo(() => browserContext(props), [props]);
  const { layout } = context;
  const [state, setState] = useState(() => initialBrowserState(context.treeFor("")));
  useInput((input, key) => setState((current) => pressKey(current, input, key, context)));
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  const header = (
    <Box>
      <Text bold>{fitTo(headerTitle(props), Math.max(10, props.width - 51))}</Text>
      {browserViews.map((name) => (
        <Text key={name} inverse={name === state.view}>{` ${name} `}</Text>
      ))}
    </Box>
  );
  const footer = state.typing ? (
    <Text>{fitTo(`/${state.query}█  (Enter keeps the filter, Esc clears it)`, props.width)}</Text>
  ) : (
    <Text dimColor>{fitTo(footerKeys(state, props, context), props.width)}</Text>
  );

  if (state.view !== "tree") {
    const lines = context.textFor(state.view, state.query);
    return (
      <Box flexDirection="column">
        {header}
        <Box flexDirection="column" height={layout.bodyHeight}>
          {numbered(lines)
            .slice(state.scroll, state.scroll + layout.bodyHeight)
            .map(({ line, number }) => (
              <Text key={number}>{line}</Text>
            ))}
        </Box>
        {footer}
      </Box>
    );
  }

  const rows = visibleRows(context.treeFor(state.query), state.expanded);
  const { wide, listWidth, listHeight, detailWidth, detailHeight } = layout;
  const at = Math.min(state.cursor, rows.length - 1);
  // Keep the selection in the middle of the list once it has scrolled.
  const offset = Math.max(0, Math.min(at - Math.floor(listHeight / 2), rows.length - listHeight));
  const details = context.detailsOf(state);
  const scroll = Math.min(state.detailScroll, Math.max(0, details.length - detailHeight));
  const focused = state.focus === "detail";

  return (
    <Box flexDirection="column">
      {header}
      <Box flexDirection={wide ? "row" : "column"} height={layout.bodyHeight}>
        <Box flexDirection="column" width={listWidth} height={listHeight}>
          {rows.length === 0 && <Text dimColor>{fitTo(`nothing matches "${state.query}"`, listWidth)}</Text>}
          {rows.slice(offset, offset + listHeight).map((row, index) => (
            <TreeRow
              key={row.node.key}
              node={row.node}
              depth={row.depth}
              expanded={row.expanded}
              selected={offset + index === at}
              dim={focused}
              width={listWidth}
            />
          ))}
        </Box>
        {wide && <Box width={1} />}
        <Box flexDirection="column" width={detailWidth} height={detailHeight}>
          {numbered(details)
            .slice(scroll, scroll + detailHeight)
            .map(({ line, number }, index) => (
              <Text key={number} bold={number === 0} inverse={focused && index === 0}>
                {moreMarker(line, index, scroll, detailHeight, details.length, detailWidth)}
              </Text>
            ))}
        </Box>
      </Box>
      {footer}
    </Box>
  );
}

/** "roadmap · Acme · at v1.0": what is shown, from which revision. */
function headerTitle(props: RoadmapBrowserProps): string {
  const name = `roadmap · ${props.roadmap.mission?.data.name ?? ""}`;
  return props.revision === undefined ? name : `${name} · at ${props.revision}`;
}

/** The keys that do something where the user is, after what the filter keeps. */
function footerKeys(state: BrowserState, props: RoadmapBrowserProps, context: ViewContext): string {
  const filter =
    state.query.trim() === ""
      ? ""
      : `filter "${state.query}": ${context.roadmapFor(state.query).epics.length} of ${props.roadmap.epics.length} epics, % of the whole road map · `;
  if (state.view !== "tree") return `${filter}↑↓ jk PgUp PgDn Home End scroll  Tab view  / filter  q quit`;
  if (state.focus === "detail")
    return "↑↓ jk PgUp PgDn Home End scroll details  Esc/d back to the tree  q quit";
  return `${filter}↑↓ jk move  Enter ←→ open/close  d details  Tab view  / filter  q quit`;
}

/** A line of the detail pane; the last one shown says so when more lines follow (and the first when some precede). */
function moreMarker(
  line: string,
  index: number,
  scroll: number,
  height: number,
  total: number,
  width: number,
): string {
  if (index === height - 1 && scroll + height < total)
    return fitTo(`↓ ${total - scroll - height} more (d, then ↓)`, width);
  if (index === 0 && scroll > 0 && height > 1) return fitTo(`↑ ${scroll} more`, width);
  return line === "" ? " " : line;
}

function TreeRow(props: {
  node: BrowserNode;
  depth: number;
  expanded: boolean;
  selected: boolean;
  /** The detail pane has the focus: the selection is shown dimmed. */
  dim: boolean;
  width: number;
}) {
  const { node } = props;
  const arrow = node.children.length === 0 ? " " : props.expanded ? "▾" : "▸";
  const glyph = node.status ? `${statusGlyph(node.status)} ` : "";
  const percent = node.progress === undefined ? "" : formatPercent(node.progress);
  const label = fitTo(`${"  ".repeat(props.depth)}${arrow} ${glyph}${node.label}`, props.width - 6);
  return (
    <Text
      inverse={props.selected}
      color={node.status ? statusColors[node.status] : undefined}
      dimColor={node.status === "dropped" || (props.selected && props.dim)}
      bold={props.depth === 0}
    >
      {`${label}${percent.padStart(5)} `}
    </Text>
  );
}

interface ViewContext extends BrowserContext {
  layout: Layout;
  roadmapFor(query: string): Roadmap;
  textFor(view: BrowserView, query: string): string[];
  /** The selected row's details, wrapped to the pane. */
  detailsOf(state: BrowserState): string[];
}

/** Trees and texts per filter, remembered for the last filter typed (each key re-asks). */
function browserContext(props: RoadmapBrowserProps): ViewContext {
  const layout = layoutFor(props.width, props.height);
  const remember = <T,>(make: (key: string) => T): ((key: string) => T) => {
    let last: { key: string; value: T } | undefined;
    return (key) => {
      if (last?.key !== key) last = { key, value: make(key) };
      return last.value;
    };
  };
  const roadmapFor = remember((query) => filterByText(props.roadmap, query));
  const wholeTree = buildBrowserTree(props.roadmap);
  const treeFor = remember((query) =>
    query.trim() === "" ? wholeTree : withWholeProgress(buildBrowserTree(roadmapFor(query)), wholeTree),
  );
  const text = remember((key) => {
    const [view, query] = JSON.parse(key) as [BrowserView, string];
    const options = {
      width: props.width,
      today: props.today,
      paint: plainPaint,
      fiscalYearStart: props.fiscalYearStart,
    };
    if (view === "ideas") return ideaLines(props.roadmap, query, props.today, props.width);
    const output =
      view === "timeline"
        ? renderTimeline(roadmapFor(query), { ...options, epics: true })
        : renderNowNextLater(roadmapFor(query), options);
    return output.trimEnd().split("\n");
  });
  const textFor = (view: BrowserView, query: string): string[] => text(JSON.stringify([view, query]));
  const detailsOf = (state: BrowserState): string[] => {
    const rows = visibleRows(treeFor(state.query), state.expanded);
    const selected = rows[Math.min(state.cursor, rows.length - 1)];
    if (selected === undefined) return [];
    return detailLines(selected.node.item, roadmapFor(state.query)).flatMap((line) =>
      wrap(line, layout.detailWidth),
    );
  };
  return {
    layout,
    pageSize: layout.bodyHeight,
    detailPageSize: layout.detailHeight,
    roadmapFor,
    treeFor,
    textFor,
    detailsOf,
    textHeight: (view, query) => textFor(view, query).length,
    detailHeight: (state) => detailsOf(state).length,
    revealFor: (query) => revealMatches(treeFor(query), query),
  };
}

/** Lines with their position, which is what identifies a line of a fixed text. */
function numbered(lines: string[]): { line: string; number: number }[] {
  return lines.map((line, number) => ({ line, number }));
}
