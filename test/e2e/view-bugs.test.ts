// Nine view bugs that were found and fixed (docs/views.md says how each view behaves now), on one
// fixture shaped to show each (test/fixtures/show/view-bugs, today 2026-05-15: now is 2026-Q2, next
// 2026-Q3). Each bug has its own assertion, so a regression names itself; the snapshots keep the
// whole views as they are now.
import { expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const BUGS = fixture("show/view-bugs");
const TODAY = ["--today", "2026-05-15"];
const show = (...args: string[]) => {
  const result = runCli(["show", "-C", BUGS, ...TODAY, ...args]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result.stdout;
};

/** now/next/later stacked (narrow: one section per column), as {NOW, NEXT, LATER} line lists. */
function sections(width = "60"): Record<"NOW" | "NEXT" | "LATER", string[]> {
  const [now, next, later] = show("--view", "now-next-later", "--width", width).trimEnd().split("\n\n");
  const lines = (text: string | undefined) => (text ?? "").split("\n").slice(2);
  return { NOW: lines(now), NEXT: lines(next), LATER: lines(later) };
}

test.each(["tree", "timeline", "now-next-later"])("--view %s at 80 and 120 columns", (view) => {
  for (const width of ["80", "120"]) expect(show("--view", view, "--width", width)).toMatchSnapshot();
});

test("1. an epic is placed by its own dates, not only by its milestone's", () => {
  const { NOW, NEXT } = sections();
  // late-start is in the Q2 milestone but its own dates are July to mid-August.
  expect(NEXT).toContain("  ○ Late start");
  expect(NOW.join("\n")).not.toContain("Late start");
  expect(NEXT).toContain("  ○ API documentation");
});

test("2. a milestone longer than a quarter shows its epics in next too, marked continuing", () => {
  const { NOW, NEXT } = sections();
  expect(NOW).toContain("  ◐ API v2");
  expect(NEXT).toContain("Platform foundations and the second API");
  expect(NEXT).toContain("  ◐ API v2 · continuing");
  expect(NEXT).not.toContain("(nothing planned)");
});

test("3. dropped epics are left out of every column", () => {
  expect(show("--view", "now-next-later", "--width", "120")).not.toContain("Abandoned");
});

test("4. where cut titles collide, the ids are shown", () => {
  const text = show("--view", "now-next-later", "--width", "80");
  expect(text).toContain("(onboard-admins)");
  expect(text).toContain("(onboard-users)");
  // At 200 columns the titles fit whole and differ: no ids needed.
  expect(show("--view", "now-next-later", "--width", "200")).not.toContain("(onboard-admins)");
  // The tree shows ids anyway; where the cut titles collide it keeps them whole.
  expect(show("--width", "80")).toContain("… (onboard-admins) planned");
});

test("5. the tree at 80 columns cuts a milestone's title, never its dates", () => {
  const line = show("--width", "80")
    .split("\n")
    .find((candidate) => candidate.includes("2026-04-01 → 2026-09-30"));
  expect(line).toMatch(
    /Platform foundations and th…\s? 2026-04-01 → 2026-09-30|Platform foundations.* 2026-04-01 → 2026-09-30/,
  );
  expect(line).toContain("…");
});

test("6. the tree marks paused and retired themes", () => {
  const lines = show("--width", "80", "--depth", "theme").split("\n");
  expect(lines.find((line) => line.includes("(legacy)"))).toMatch(/Legacy clients \(legacy\)\s+paused/);
  expect(lines.find((line) => line.includes("(reports)"))).toMatch(/Old reports \(reports\)\s+retired/);
  expect(lines.find((line) => line.includes("(platform)"))).not.toMatch(/paused|retired/);
});

test("7. adjacent milestones never share a cell in the timeline", () => {
  for (const width of ["50", "60", "70", "80", "90", "100", "120"]) {
    const lines = show("--view", "timeline", "--depth", "milestone", "--width", width).split("\n");
    const cells = (title: string) => {
      const line = lines.find((candidate) => candidate.startsWith(title))!;
      return { first: line.indexOf("█"), last: line.lastIndexOf("█") };
    };
    expect(cells("Second quarter").first, `at ${width}`).toBeGreaterThan(cells("First quarter").last);
  }
});

test("8. unfinished work of an ended milestone is carried into now, marked overdue", () => {
  const { NOW } = sections();
  expect(NOW).toContain("First quarter");
  expect(NOW).toContain("  ◐ Slipped work · overdue");
  // Done work of an ended milestone is history, not shown.
  expect(NOW.join("\n")).not.toContain("Shipped work");
  const html = runCli(["export", "-C", BUGS, ...TODAY, "--format", "html"]).stdout;
  const column = html.slice(
    html.indexOf('<section id="now-next-later">'),
    html.indexOf('<section id="themes">'),
  );
  // Each title links to the epic's entry in the full list; the badges follow it.
  expect(column).toContain(
    '<a href="#epic-slipped-work">Slipped work</a> <span class="badge status-in-progress">in progress</span> <span class="badge mark-overdue">overdue</span>',
  );
  expect(column).toContain(
    '<a href="#epic-api-v2">API v2</a> <span class="badge status-in-progress">in progress</span> <span class="badge mark-continuing">continuing</span>',
  );
  expect(column).not.toContain("Abandoned");
});

test("9. milestone-timebox accepts every calendar quarter and warns on the half-year, without 'split'", () => {
  const result = runCli(["lint", "--today", "2026-05-15", "--rule", "milestone-timebox"], { cwd: BUGS });
  expect(result.stdout.trimEnd().split("\n")).toEqual([
    'milestones/2026-platform.yaml:3:6  warn   milestone "2026-platform" lasts 183 days, more than 13 weeks (a quarter, at most 92 days); a team that plans by half-year or year says so with max_weeks (26 or 52) in roadmap.config.yaml; otherwise shorten the milestone  milestone-timebox',
    "1 warning: 1 milestone-timebox; 11 warnings not shown (--rule)",
  ]);
});
