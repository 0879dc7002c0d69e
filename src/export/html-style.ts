// The stylesheet of the HTML export, inlined so the page needs nothing from the network.
// System fonts only; one column on a phone; @media print drops colour fills for borders and
// keeps cards whole across pages.
export const HTML_STYLE = `
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --accent: #0969da; --done: #1a7f37;
  --active: #9a6700; --dropped: #8c959f; --paper: #ffffff; --tint: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; color: var(--ink); background: var(--paper);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 2rem; margin: 0.5rem 0; }
h2 { font-size: 1.4rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; margin-top: 2rem; }
h3 { font-size: 1.15rem; margin: 0 0 0.5rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.mission { font-size: 1.2rem; }
.muted, small { color: var(--muted); }
.bar { display: inline-block; vertical-align: middle; width: 8rem; height: 0.6rem; background: var(--tint);
  border: 1px solid var(--line); border-radius: 0.3rem; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--done); }
.badge { display: inline-block; font-size: 0.75rem; padding: 0 0.4rem; border-radius: 1rem;
  border: 1px solid currentColor; white-space: nowrap; }
.status-done { color: var(--done); } .status-in-progress { color: var(--active); }
.status-dropped, .status-retired { color: var(--dropped); }
.status-planned, .status-proposed, .status-paused { color: var(--muted); }
.mark-overdue { color: #cf222e; } .mark-continuing { color: var(--muted); }
.timeline { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: 0.3rem 0.75rem; align-items: center; }
.timeline .label { font-size: 0.9rem; overflow-wrap: anywhere; }
.track { position: relative; height: 1.2rem; background: var(--tint); border-radius: 0.2rem; }
.track .span { position: absolute; top: 0.15rem; bottom: 0.15rem; background: #b6d4fb; border-radius: 0.2rem; overflow: hidden; }
.track .span > span { display: block; height: 100%; background: var(--accent); }
.track .today { position: absolute; top: -0.2rem; bottom: -0.2rem; width: 2px; background: #cf222e; }
.axis { display: flex; justify-content: space-between; font-size: 0.8rem; }
.columns { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; }
.column, .theme { border: 1px solid var(--line); border-radius: 0.5rem; padding: 0.75rem 1rem; background: var(--paper); }
.themes { display: grid; gap: 1rem; }
ul { padding-left: 1.1rem; margin: 0.25rem 0; }
li { margin: 0.2rem 0; }
.epics { list-style: none; padding: 0; }
.epics li { display: flex; flex-wrap: wrap; gap: 0.25rem 0.6rem; align-items: center;
  padding: 0.35rem 0; border-top: 1px solid var(--tint); }
.epics .title { flex: 1 1 16rem; }
footer { margin-top: 2rem; font-size: 0.8rem; color: var(--muted); }
@media (max-width: 40rem) {
  body { padding: 0.75rem; font-size: 15px; }
  .columns { grid-template-columns: 1fr; }
  .timeline { grid-template-columns: 1fr; }
  .timeline .label { margin-top: 0.4rem; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; color: #000; }
  h2 { break-after: avoid; }
  .column, .theme, .timeline > * { break-inside: avoid; }
  .columns { grid-template-columns: repeat(3, 1fr); }
  .bar, .track, .track .span, .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .bar, .track { border: 1px solid #000; }
}
`;
