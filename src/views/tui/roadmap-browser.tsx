// `roadmap ui`: browse the tree with the arrow keys, Enter to expand or collapse, Tab to switch
// between tree, timeline and now/next/later, "/" to filter by text, q to quit. The selected
// item's details sit beside the tree (below it on narrow terminals). Data in, keys in: the
// component never loads anything.
import { Box, Text, useApp, useInput } from "ink";
import { useMemo, useState } from "react";
import type { Roadmap } from "../../model/roadmap.js";
import { plainPaint } from "../../util/paint.js";
import { fitTo, formatPercent } from "../text/fit.js";
import { renderNowNextLater } from "../text/now-next-later-view.js";
import { type ItemStatus, statusGlyph } from "../text/status-style.js";
import { renderTimeline } from "../text/timeline-view.js";
import { buildBrowserTree, filterByText, visibleRows } from "./browser-tree.js";
import { detailLines } from "./detail-lines.js";

export const browserViews = ["tree", "timeline", "now-next-later"] as const;
type BrowserView = (typeof browserViews)[number];

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

export function RoadmapBrowser(props: RoadmapBrowserProps) {
  const { exit } = useApp();
  const [view, setView] = useState<BrowserView>("tree");
  const [query, setQuery] = useState("");
  const [typing, setTyping] = useState(false);
  const [cursor, setCursor] = useState(0);
  const [scroll, setScroll] = useState(0);
  const roadmap = useMemo(() => filterByText(props.roadmap, query), [props.roadmap, query]);
  const tree = useMemo(() => buildBrowserTree(roadmap), [roadmap]);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(
    () => new Set(buildBrowserTree(props.roadmap).map((node) => node.key)),
  );
  const rows = useMemo(() => visibleRows(tree, expanded), [tree, expanded]);
  const bodyHeight = Math.max(3, props.height - 3);
  const text = useMemo(() => {
    const options = {
      width: props.width,
      today: props.today,
      paint: plainPaint,
      fiscalYearStart: props.fiscalYearStart,
    };
    if (view === "timeline")
      return renderTimeline(roadmap, { ...options, epics: true })
        .trimEnd()
        .split("\n");
    if (view === "now-next-later") return renderNowNextLater(roadmap, options).trimEnd().split("\n");
    return [];
  }, [view, roadmap, props.width, props.today, props.fiscalYearStart]);
  const selected = rows[Math.min(cursor, rows.length - 1)];

  const toggle = (key: string, open: boolean): void => {
    const next = new Set(expanded);
    if (open) next.add(key);
    else next.delete(key);
    setExpanded(next);
  };

  useInput((input, key) => {
    if (typing) {
      if (key.return) setTyping(false);
      else if (key.escape) {
        setTyping(false);
        setQuery("");
      } else if (key.backspace || key.delete) setQuery(query.slice(0, -1));
      else if (input && !key.ctrl && !key.meta) setQuery(query + input);
      setCursor(0);
      return;
    }
    if (input === "q") exit();
    else if (input === "/") setTyping(true);
    else if (key.tab) {
      const index = browserViews.indexOf(view) + (key.shift ? browserViews.length - 1 : 1);
      setView(browserViews[index % browserViews.length]!);
      setScroll(0);
    } else if (view !== "tree") {
      const maxScroll = Math.max(0, text.length - bodyHeight);
      if (key.upArrow) setScroll(Math.max(0, scroll - 1));
      if (key.downArrow) setScroll(Math.min(maxScroll, scroll + 1));
      if (key.pageUp) setScroll(Math.max(0, scroll - bodyHeight));
      if (key.pageDown) setScroll(Math.min(maxScroll, scroll + bodyHeight));
    } else if (selected) {
      const last = rows.length - 1;
      if (key.upArrow) setCursor(Math.max(0, Math.min(cursor, last) - 1));
      if (key.downArrow) setCursor(Math.min(last, cursor + 1));
      if (key.pageUp) setCursor(Math.max(0, cursor - bodyHeight));
      if (key.pageDown) setCursor(Math.min(last, cursor + bodyHeight));
      if (key.return && selected.node.children.length > 0) toggle(selected.node.key, !selected.expanded);
      if (key.rightArrow && selected.node.children.length > 0) toggle(selected.node.key, true);
      if (key.leftArrow) toggle(selected.node.key, false);
    }
  });

  const header = (
    <Box>
      <Text bold>
        {fitTo(`roadmap · ${props.roadmap.mission?.data.name ?? ""}`, Math.max(10, props.width - 44))}
      </Text>
      {browserViews.map((name) => (
        <Text key={name} inverse={name === view}>{` ${name} `}</Text>
      ))}
    </Box>
  );
  const footer = typing ? (
    <Text>{`/${query}█  (Enter keeps the filter, Esc clears it)`}</Text>
  ) : (
    <Text dimColor>
      {fitTo(
        `↑↓ move  Enter expand/collapse  Tab view  / filter${query ? ` "${query}"` : ""}  q quit`,
        props.width,
      )}
    </Text>
  );

  if (view !== "tree") {
    return (
      <Box flexDirection="column">
        {header}
        <Box flexDirection="column" height={bodyHeight}>
          {numbered(text)
            .slice(scroll, scroll + bodyHeight)
            .map(({ line, number }) => (
              <Text key={number}>{line}</Text>
            ))}
        </Box>
        {footer}
      </Box>
    );
  }

  const wide = props.width >= 80;
  const listWidth = wide ? Math.floor(props.width * 0.55) : props.width;
  const detailWidth = wide ? props.width - listWidth - 1 : props.width;
  const listHeight = wide ? bodyHeight : Math.ceil(bodyHeight / 2);
  const detailHeight = wide ? bodyHeight : bodyHeight - listHeight;
  const at = Math.min(cursor, rows.length - 1);
  const offset = Math.max(0, Math.min(at - Math.floor(listHeight / 2), rows.length - listHeight));
  const details = selected ? detailLines(selected.node.item, roadmap) : [];

  return (
    <Box flexDirection="column">
      {header}
      <Box flexDirection={wide ? "row" : "column"} height={bodyHeight}>
        <Box flexDirection="column" width={listWidth} height={listHeight}>
          {rows.length === 0 && <Text dimColor>{`nothing matches "${query}"`}</Text>}
          {rows.slice(offset, offset + listHeight).map((row, index) => {
            const node = row.node;
            const arrow = node.children.length === 0 ? " " : row.expanded ? "▾" : "▸";
            const glyph = node.status ? `${statusGlyph(node.status)} ` : "";
            const percent = node.progress === undefined ? "" : formatPercent(node.progress);
            const label = fitTo(`${"  ".repeat(row.depth)}${arrow} ${glyph}${node.label}`, listWidth - 6);
            return (
              <Text
                key={node.key}
                inverse={offset + index === at}
                color={node.status ? statusColors[node.status] : undefined}
                dimColor={node.status === "dropped"}
                bold={row.depth === 0}
              >
                {`${label}${percent.padStart(5)} `}
              </Text>
            );
          })}
        </Box>
        {wide && <Box width={1} />}
        <Box flexDirection="column" width={detailWidth} height={detailHeight}>
          {numbered(details)
            .slice(0, detailHeight)
            .map(({ line, number }) => (
              <Text key={number} bold={number === 0}>
                {fitTo(line, detailWidth)}
              </Text>
            ))}
        </Box>
      </Box>
      {footer}
    </Box>
  );
}

/** Lines with their position, which is what identifies a line of a fixed text. */
function numbered(lines: string[]): { line: string; number: number }[] {
  return lines.map((line, number) => ({ line, number }));
}
