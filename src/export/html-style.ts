// The stylesheet of roadmap's HTML pages (export and review), inlined so a page needs nothing
// from the network. System fonts only; one column on a phone; @media print keeps the colours of
// bars and lines, adds borders and keeps cards whole across pages. Dates never wrap inside
// themselves (`.date`). The timeline (`.gantt`) is a stack of rows, each a label and a track;
// every track paints the month, quarter and today lines from one custom property (--grid).
export const HTML_STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; --done: #1a7f37;
  --active: #9a6700; --dropped: #8c959f; --paper: #ffffff; --tint: #f6f8fa; --broken: #cf222e;
  --today: #cf222e; --month-line: #e4e8ec; --quarter-line: #9aa4ae; --arrow: #8250df; --label: 15rem; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1rem; color: var(--ink); background: var(--paper);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2rem; margin: 0.5rem 0; }
h2 { font-size: 1.4rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; margin-top: 2rem; }
h3 { font-size: 1.15rem; margin: 0 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
a { color: var(--accent); }
.mission { font-size: 1.2rem; }
.muted, small { color: var(--muted); }
.date { white-space: nowrap; }
.bar { display: inline-block; vertical-align: middle; width: 8rem; height: 0.6rem; background: var(--tint);
  border: 1px solid var(--line); border-radius: 0.3rem; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--done); }
.badge { display: inline-block; font-size: 0.75rem; padding: 0 0.4rem; border-radius: 1rem;
  border: 1px solid currentColor; white-space: nowrap; }
.status-done { color: var(--done); } .status-in-progress { color: var(--active); }
.status-dropped, .status-retired { color: var(--dropped); }
.status-planned, .status-proposed, .status-paused, .status-todo { color: var(--muted); }
.broken { color: var(--broken); }
.mark-overdue { color: var(--broken); } .mark-continuing { color: var(--muted); }
.window { margin-top: -0.5rem; }
.gantt { position: relative; font-size: 0.9rem; }
.gantt .axis, .gantt .row.milestone, .gantt .row > summary { display: grid;
  grid-template-columns: var(--label) minmax(0, 1fr); gap: 0 0.75rem; align-items: stretch; }
.gantt .axis { position: sticky; top: 0; z-index: 1; background: var(--paper); border-bottom: 1px solid var(--line); }
.scale { position: relative; height: 2.6rem; }
.scale .quarter, .scale .tick { position: absolute; white-space: nowrap; padding-left: 0.2rem; }
.scale .quarter { top: 0; font-weight: 600; border-left: 2px solid var(--quarter-line); }
.scale .tick { top: 1.3rem; font-size: 0.75rem; color: var(--muted); border-left: 1px solid var(--line); }
.scale .tick.quarter-start { border-left-color: var(--quarter-line); }
.scale .today { position: absolute; top: 0; bottom: 0; width: 2px; margin-left: -1px; background: var(--today); }
.scale b { font-weight: inherit; }
.scale .short { display: none; }
.gantt .label { padding: 0.2rem 0; min-width: 0; border-top: 1px solid var(--tint); }
.gantt .row.milestone .label { padding-top: 0.5rem; }
.gantt .row.milestone .label small { display: block; }
.gantt .row.epic .label { display: flex; gap: 0.4rem; align-items: center; }
.gantt .row.epic .label .title { flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.gantt .row.epic .label .badge { flex: none; }
.gantt .row > summary { cursor: pointer; list-style: none; }
.gantt .row > summary::-webkit-details-marker { display: none; }
.gantt .row > summary .label::before { content: "▸"; color: var(--muted); flex: none; }
.gantt .row[open] > summary .label::before { content: "▾"; }
.track { position: relative; min-height: 1.6rem; background-color: var(--tint); background-image: var(--grid); }
.track .span { position: absolute; top: 20%; height: 60%; border-radius: 0.2rem; overflow: hidden;
  background: #b6d4fb; border: 1px solid #8fb8f0; }
.track .span > span { display: block; height: 100%; background: var(--accent); }
.row.milestone .track .span { top: calc(50% - 0.1rem); height: 0.9rem; background: #d0d7de; border-color: #afb8c1; }
.row.milestone .track .span > span { background: #57606a; }
.track .span.status-done { background: #aceebb; border-color: #6fdd8b; }
.track .span.status-done > span { background: var(--done); }
.track .span.status-proposed { background: transparent; border-style: dashed; border-color: #8c959f; }
.track .span.status-proposed > span { background: #8c959f; }
.track .span.clip-start { border-left-style: dotted; border-top-left-radius: 0; border-bottom-left-radius: 0; }
.track .span.clip-end { border-right-style: dotted; border-top-right-radius: 0; border-bottom-right-radius: 0; }
.deps { position: absolute; inset: 0; width: 100%; height: 100%; overflow: visible; pointer-events: none; }
.track .span.late { outline: 2px solid var(--broken); outline-offset: 1px; }
.deps line { stroke: var(--arrow); stroke-width: 1.5; fill: none; }
.deps line.broken { stroke: var(--broken); stroke-width: 2; }
.markers { position: absolute; }
.dep-head { fill: var(--arrow); } .dep-head.broken { fill: var(--broken); }
.epic-details { margin: 0.25rem 0 0.75rem calc(var(--label) + 0.75rem); padding: 0.5rem 0.75rem;
  border-left: 3px solid var(--line); background: var(--paper); font-size: 0.9rem; }
.epics .epic-details { margin-left: 1rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0.25rem 0; }
.facts dt { color: var(--muted); } .facts dd { margin: 0; }
.links { list-style: none; padding: 0; margin: 0; }
.label-chip { display: inline-block; font-size: 0.75rem; padding: 0 0.4rem; border-radius: 0.3rem; background: var(--tint); }
.stories { border-collapse: collapse; width: 100%; margin-top: 0.5rem; }
.stories th, .stories td { text-align: left; padding: 0.2rem 0.5rem 0.2rem 0; border-bottom: 1px solid var(--tint); vertical-align: top; }
.stories th { font-weight: 600; color: var(--muted); font-size: 0.8rem; }
.outside, .legend { font-size: 0.85rem; margin: 0.3rem 0; }
.columns { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; }
.column, .theme { border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.75rem 1rem; background: var(--paper); }
.themes { display: grid; gap: 1rem; }
ul { padding-left: 1.1rem; margin: 0.25rem 0; }
li { margin: 0.2rem 0; }
.goals { list-style: none; padding: 0; } .goals .metric { font-weight: 600; }
.goals-title { margin-top: 0.5rem; }
.epics { list-style: none; padding: 0; }
.epics li { display: flex; flex-wrap: wrap; gap: 0.25rem 0.6rem; align-items: center;
  padding: 0.35rem 0; border-top: 1px solid var(--tint); }
.epics .title { flex: 1 1 16rem; }
.epics li > details { flex: 1 1 100%; }
.epics summary { cursor: pointer; }
.epics summary .title { margin-right: 0.4rem; }
.epics .dropped del { color: var(--dropped); }
details.earlier > summary { cursor: pointer; color: var(--muted); margin: 0.75rem 0 0.25rem; }
footer { margin-top: 2rem; font-size: 0.8rem; color: var(--muted); }
@media (max-width: 40rem) {
  :root { --label: 7.5rem; }
  body { padding: 0.75rem; font-size: 15px; }
  .columns { grid-template-columns: 1fr; }
  .gantt { font-size: 0.8rem; }
  .gantt .axis, .gantt .row.milestone, .gantt .row > summary { gap: 0 0.4rem; }
  .scale .long { display: none; } .scale .short { display: inline; }
  .gantt .row.epic .label .badge { display: none; }
  .gantt .row.epic .label .title { white-space: normal; }
  .epic-details { margin-left: 0.5rem; }
  .bar { width: 5rem; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; color: #000; }
  h2 { break-after: avoid; }
  .column, .theme, .gantt .row { break-inside: avoid; }
  .columns { grid-template-columns: repeat(3, 1fr); }
  .gantt .axis { position: static; }
  .bar, .track, .track .span, .badge, .scale .today { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .bar, .track { border: 1px solid #000; }
}
`;
