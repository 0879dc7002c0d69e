// `roadmap ui`: browse the tree with the arrow keys, Enter to expand or collapse, Tab to switch
// between tree, timeline, now/next/later and the ranked ideas, "/" to filter by text, q to quit. The selected
// item's details sit beside the tree (below it on narrow terminals). Data in, keys in: the
// component never loads anything; what keys do lives in browser-state.ts.
import { Box, Text, useApp, useInput } from "ink";
import { type ReactElement, useEffect, useMemo, useState } from "react";
import type { Roadmap } from "../../model/roadmap.js";
import { plainPaint } from "../../util/paint.js";
import { fitTo, formatPercent, wrap } from "../text/fit.js";
import { renderNowNextLater } from "../text/now-next-later-view.js";
import { type ItemStatus, statusGlyph } from "../text/status-style.js";
import { renderTimeline } from "../text/timeline-view.js";
import {
  type BrowserContext,
  type BrowserView,
  browserViews,
  initialBrowserState,
  pressKey,
} from "./browser-state.js";
import { type BrowserNode, buildBrowserTree, filterByText, visibleRows } from "./browser-tree.js";
import { detailLines } from "./detail-lines.js";
import { ideaLines } from "./idea-lines.js";

export interface RoadmapBrowserProps {
  roadmap: Roadmap;
  today: string;
  fiscalYearStart: number;
  width: number;
  height: number;
}

const statusColors: Record<ItemStatus, string> = {
  done: "green",
  "in-progress": "yellow",
  planned: "blue",
  todo: "blue",
  proposed: "gray",
  dropped: "gray",
};

/** The browser as an element, for `render` in the command (which does not import React). */
export function browserElement(props: RoadmapBrowserProps): ReactElement {
  return <RoadmapBrowser {...props} />;
}

export function RoadmapBrowser(props: RoadmapBrowserProps) {
  const { exit } = useApp();
  const bodyHeight = Math.max(3, props.height - 3);
  const context = useMemo(() => browserContext(props, bodyHeight), [props, bodyHeight]);
  const [state, setState] = useState(() => initialBrowserState(context.treeFor("")));
  useInput((input, key) => setState((current) => pressKey(current, input, key, context)));
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  const header = (
    <Box>
      <Text bold>
        {fitTo(`roadmap · ${props.roadmap.mission?.data.name ?? ""}`, Math.max(10, props.width - 51))}
      </Text>
      {browserViews.map((name) => (
        <Text key={name} inverse={name === state.view}>{` ${name} `}</Text>
      ))}
    </Box>
  );
  const help = `↑↓ move  Enter expand/collapse  Tab view  / filter${state.query ? ` "${state.query}"` : ""}  q quit`;
  const footer = state.typing ? (
    <Text>{fitTo(`/${state.query}█  (Enter keeps the filter, Esc clears it)`, props.width)}</Text>
  ) : (
    <Text dimColor>{fitTo(help, props.width)}</Text>
  );

  if (state.view !== "tree") {
    const lines = context.textFor(state.view, state.query);
    return (
      <Box flexDirection="column">
        {header}
        <Box flexDirection="column" height={bodyHeight}>
          {numbered(lines)
            .slice(state.scroll, state.scroll + bodyHeight)
            .map(({ line, number }) => (
              <Text key={number}>{line}</Text>
            ))}
        </Box>
        {footer}
      </Box>
    );
  }

  const rows = visibleRows(context.treeFor(state.query), state.expanded);
  const wide = props.width >= 80;
  const listWidth = wide ? Math.floor(props.width * 0.55) : props.width;
  const detailWidth = wide ? props.width - listWidth - 1 : props.width;
  const listHeight = wide ? bodyHeight : Math.ceil(bodyHeight / 2);
  const detailHeight = wide ? bodyHeight : bodyHeight - listHeight;
  const at = Math.min(state.cursor, rows.length - 1);
  // Keep the selection in the middle of the list once it has scrolled.
  const offset = Math.max(0, Math.min(at - Math.floor(listHeight / 2), rows.length - listHeight));
  const selected = rows[at];
  const details = selected
    ? detailLines(selected.node.item, context.roadmapFor(state.query)).flatMap((line) =>
        wrap(line, detailWidth),
      )
    : [];

  return (
    <Box flexDirection="column">
      {header}
      <Box flexDirection={wide ? "row" : "column"} height={bodyHeight}>
        <Box flexDirection="column" width={listWidth} height={listHeight}>
          {rows.length === 0 && <Text dimColor>{`nothing matches "${state.query}"`}</Text>}
          {rows.slice(offset, offset + listHeight).map((row, index) => (
            <TreeRow
              key={row.node.key}
              node={row.node}
              depth={row.depth}
              expanded={row.expanded}
              selected={offset + index === at}
              width={listWidth}
            />
          ))}
        </Box>
        {wide && <Box width={1} />}
        <Box flexDirection="column" width={detailWidth} height={detailHeight}>
          {numbered(details)
            .slice(0, detailHeight)
            .map(({ line, number }) => (
              <Text key={number} bold={number === 0}>
                {line === "" ? " " : line}
              </Text>
            ))}
        </Box>
      </Box>
      {footer}
    </Box>
  );
}

function TreeRow(props: {
  node: BrowserNode;
  depth: number;
  expanded: boolean;
  selected: boolean;
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
      dimColor={node.status === "dropped"}
      bold={props.depth === 0}
    >
      {`${label}${percent.padStart(5)} `}
    </Text>
  );
}

interface ViewContext extends BrowserContext {
  roadmapFor(query: string): Roadmap;
  textFor(view: BrowserView, query: string): string[];
}

/** Trees and texts per filter, remembered for the last filter typed (each key re-asks). */
function browserContext(props: RoadmapBrowserProps, pageSize: number): ViewContext {
  const remember = <T,>(make: (key: string) => T): ((key: string) => T) => {
    let last: { key: string; value: T } | undefined;
    return (key) => {
      if (last?.key !== key) last = { key, value: make(key) };
      return last.value;
    };
  };
  const roadmapFor = remember((query) => filterByText(props.roadmap, query));
  const treeFor = remember((query) => buildBrowserTree(roadmapFor(query)));
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
  return {
    pageSize,
    roadmapFor,
    treeFor,
    textFor,
    textHeight: (view, query) => textFor(view, query).length,
  };
}

/** Lines with their position, which is what identifies a line of a fixed text. */
function numbered(lines: string[]): { line: string; number: number }[] {
  return lines.map((line, number) => ({ line, number }));
}
