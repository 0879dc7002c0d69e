// Property (docs/guarantees.md, "Output"): whatever a road map's strings hold — escape sequences
// that clear the screen or retitle the window, BEL, C1 controls, line breaks, bidi overrides — no
// text a terminal view prints holds a raw control character: tree, timeline, now-next-later,
// rollup, validate and lint diagnostics, log, diff (and diff --format markdown). Paint is off
// (NO_COLOR), so any ESC in the output is a leak. A line break may only be one the view itself
// writes.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { rawControlIn } from "../../../test/raw-controls.js";
import { formatDiagnosticsText } from "../../diagnostics/format-text.js";
import { locateFindings } from "../../diagnostics/locate.js";
import type { Change } from "../../history/change.js";
import { diffRoadmaps } from "../../history/diff.js";
import { lintRoadmap } from "../../lint/lint-roadmap.js";
import type { Roadmap } from "../../model/roadmap.js";
import type { SourceFile } from "../../parse/source-files.js";
import { rollupRoadmap } from "../../rollup/rollup.js";
import { plainPaint } from "../../util/paint.js";
import { validateSources } from "../../validate/validate-roadmap.js";
import { buildShowTree, missionProgress } from "../show-tree.js";
import { renderDiffMarkdown } from "./diff-markdown.js";
import { renderDiffText } from "./diff-text.js";
import { renderLogText } from "./log-text.js";
import { renderNowNextLater } from "./now-next-later-view.js";
import { renderRollup } from "./rollup.js";
import { renderTimeline } from "./timeline-view.js";
import { renderTree } from "./tree-view.js";

const HOSTILE = [
  "\u001b[2J",
  "\u001b]0;owned\u0007",
  "\u001b]8;;https://evil.example\u001b\\",
  "\u0007",
  "\u009b31m",
  "\u0090",
  "\n",
  "\r",
  "\t",
  "\u0000",
  "\u007f",
  "\u202e",
  "\u2028",
];
const PLAIN = ["Title", " ", "a", "日本", "✓", "@user", "#12"];
/** A string for any field: plain pieces and hostile ones, never empty. */
const field = fc
  .array(fc.constantFrom(...PLAIN, ...HOSTILE), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(""));

/** JSON is YAML; every character outside printable ASCII written as an escape YAML reads back. */
function yaml(value: unknown): string {
  return `${JSON.stringify(value).replace(/[^\u0020-\u007e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
}

const roadmapFiles = fc
  .record({
    name: field,
    mission: field,
    themeTitle: field,
    milestoneTitle: field,
    goal: field,
    epicTitle: field,
    owner: field,
    labels: fc.array(field, { maxLength: 2 }),
    requester: field,
    storyTitle: field,
    acceptance: fc.array(field, { maxLength: 2 }),
    badReference: field,
    badFileName: field,
  })
  .map((r): SourceFile[] => {
    const encode = (path: string, value: unknown) => ({ path, bytes: new TextEncoder().encode(yaml(value)) });
    return [
      encode("mission.yaml", { name: r.name, mission: r.mission, owner: r.owner }),
      encode("themes/core.yaml", { title: r.themeTitle, owner: r.owner }),
      encode("milestones/m1.yaml", {
        title: r.milestoneTitle,
        start: "2026-10-01",
        end: "2026-12-31",
        goal: r.goal,
        capacity: 1,
      }),
      encode("epics/e1.yaml", {
        title: r.epicTitle,
        theme: "core",
        milestone: "m1",
        status: "in-progress",
        owner: r.owner,
        labels: r.labels,
        requested_by: [{ source: "customer", name: r.requester }],
        stories: [
          {
            id: "s1",
            title: r.storyTitle,
            points: 5,
            status: "in-progress",
            owner: r.owner,
            acceptance: r.acceptance,
          },
        ],
      }),
      encode("epics/e2.yaml", { title: r.epicTitle, theme: "core", status: "planned" }),
      // A reference and a file name that do not validate: their text is quoted in diagnostics.
      encode("epics/e3.yaml", { title: r.epicTitle, theme: r.badReference }),
      encode(`epics/${r.badFileName}.yaml`, { title: r.epicTitle, theme: "core", tags: r.labels }),
    ];
  });

function load(files: SourceFile[]): { roadmap: Roadmap; diagnosticsText: string; count: number } {
  const result = validateSources({ files, findings: [], hasMission: true });
  const diagnostics = locateFindings(
    [...result.findings, ...lintRoadmap(result.roadmap, { today: "2026-11-25" })],
    result.textOf,
  );
  return {
    roadmap: result.roadmap,
    diagnosticsText: formatDiagnosticsText(diagnostics, { paint: plainPaint, folder: "" }),
    count: diagnostics.length,
  };
}

function expectSafe(output: string): void {
  expect(rawControlIn(output)).toBeUndefined();
}

describe("no terminal view prints a raw control character", () => {
  test("views and diagnostics", () => {
    fc.assert(
      fc.property(roadmapFiles, fc.integer({ min: 20, max: 120 }), (files, width) => {
        const { roadmap, diagnosticsText, count } = load(files);
        expectSafe(diagnosticsText);
        // One line per diagnostic and a summary: a line break in a file name splits nothing.
        expect(diagnosticsText.split("\n").length).toBe(count + 2);
        expect(roadmap.epics.length).toBeGreaterThan(0);
        const options = { width, today: "2026-11-25", paint: plainPaint, fiscalYearStart: 1 };
        expectSafe(
          renderTree(buildShowTree(roadmap), {
            ...options,
            depth: "story",
            missionProgress: missionProgress(roadmap),
          }),
        );
        expectSafe(renderTimeline(roadmap, { ...options, epics: true }));
        expectSafe(renderNowNextLater(roadmap, options));
        expectSafe(renderRollup(rollupRoadmap(roadmap), { paint: plainPaint, width, bars: true }));
      }),
      { numRuns: 150 },
    );
  });

  test("log and diff, text and Markdown", () => {
    fc.assert(
      fc.property(roadmapFiles, roadmapFiles, field, field, (before, after, author, subject) => {
        // An epic only `after` has: at least one change, whatever the two samples are.
        const added = {
          path: "epics/added.yaml",
          bytes: new TextEncoder().encode(yaml({ title: subject, theme: "core" })),
        };
        const changes: Change[] = diffRoadmaps(load(before).roadmap, load([...after, added]).roadmap);
        expect(changes.length).toBeGreaterThan(0);
        const unreadable = [{ file: `epics/${subject}.yaml`, rev: subject, message: author }];
        const diff = { from: subject, to: "WORKTREE", changes, unreadable };
        expectSafe(renderDiffText(diff, plainPaint));
        expectSafe(renderDiffMarkdown(diff));
        const commit = {
          hash: "0123456789abcdef0123456789abcdef01234567",
          date: "2026-11-25T12:00:00Z",
          author,
          subject,
          changes,
          unreadable: [{ file: `epics/${author}.yaml`, message: subject }],
        };
        expectSafe(renderLogText({ commits: [commit], partial: false }, plainPaint, subject));
      }),
      { numRuns: 100 },
    );
  });
});
