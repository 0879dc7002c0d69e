// The stakeholder page in a real browser (docs/export.md, "html"): headless Chromium loads the
// page the orbit fixture exports (fiscal year from April, one dependency order broken, a dropped
// epic, milestones before and after the window) and the DOM it builds is checked: the axis, the
// today line, each epic's details, the dependency arrows against `roadmap lint`, the full list.
// The screenshots of docs/ are taken here: ROADMAP_SCREENSHOTS=update writes them there (pixels
// are never compared; the DOM is what is asserted).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { CHROMIUM, chromium, expectScreenshot, warnWithoutChromium } from "../chromium.js";
import { byId, leftOf, startTags, visibleText, withClass } from "../html-dom.js";
import { brokenByLint, dependencyPairs, ORBIT_TODAY, runOrbit, shownEpics } from "../orbit.js";
import { CORPUS, runCli } from "../run-cli.js";

warnWithoutChromium("export-html-timeline.test.ts");

const TODAY = ORBIT_TODAY;
const DOCS = fileURLToPath(new URL("../../docs/images/", import.meta.url));
const run = runOrbit;

/** The months from one YYYY-MM to another, as their first days. */
function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let [y, m] = first.split("-").map(Number) as [number, number]; `${y}-${pad(m)}` <= last; ) {
    months.push(`${y}-${pad(m)}-01`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

describe.skipIf(CHROMIUM === undefined)("the stakeholder page in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-page-"));
  const load = (name: string, ...args: string[]): string => {
    const page = join(dir, `${name}.html`);
    expect(run("export", "--format", "html", "-o", page, ...args).code).toBe(0);
    return chromium(dir, "--dump-dom", `file://${page}`);
  };
  const dom = load("orbit");
  // A window holding every milestone, so every dependency between scheduled epics is drawn.
  const whole = load("whole", "--from", "2026-01-01", "--to", "2027-12-31");
  const epics = [...shownEpics().values()];

  test("the axis holds a tick per month and a label per fiscal quarter of the window", () => {
    // The previous quarter began 2026-07-01; the horizon (9 months) falls in July-September 2027.
    expect(visibleText(dom)).toContain("From 2026-07-01 to 2027-09-30.");
    const ticks = withClass(dom, "tick").map((tick) => tick.attributes["data-date"]);
    expect(ticks).toEqual(monthsFrom("2026-07", "2027-09"));
    // Fiscal years start in April and are named by the year they end in.
    const quarters = withClass(dom, "quarter").map((label) => label.attributes["data-quarter"]);
    expect(quarters).toEqual(["2027-Q2", "2027-Q3", "2027-Q4", "2028-Q1", "2028-Q2"]);
    const lefts = withClass(dom, "tick").map(leftOf);
    expect(lefts[0]).toBe(0);
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    // Quarter starts are ticks that say so: July, October, January, April, July.
    const quarterStarts = withClass(dom, "tick", "quarter-start").map((tick) => tick.attributes["data-date"]);
    expect(quarterStarts).toEqual(["2026-07-01", "2026-10-01", "2027-01-01", "2027-04-01", "2027-07-01"]);
  });

  test("the today line sits between the ticks of November and December", () => {
    const [today] = withClass(dom, "today");
    expect(today!.attributes["data-date"]).toBe(TODAY);
    const tick = (date: string) =>
      leftOf(withClass(dom, "tick").find((t) => t.attributes["data-date"] === date)!);
    expect(leftOf(today!)).toBeGreaterThan(tick("2026-11-01"));
    expect(leftOf(today!)).toBeLessThan(tick("2026-12-01"));
    // 147 of the window's 457 days have passed.
    expect(leftOf(today!)).toBeCloseTo((147 / 457) * 100, 2);
  });

  test("each epic's details hold its facts and its stories with status and points", () => {
    const search = byId(dom, "timeline-search")!;
    expect(search).toMatch(/^<details class="row epic"/);
    const text = visibleText(search);
    for (const fact of [
      "Fast, typo-tolerant search over every shop's catalogue.",
      "Owner Mei, Ravi",
      "Asked for by customer Hobbycraft, support",
      "Outcome searches ending in a sale: target 30%, not measured yet",
      "Waits on Public API v2 done ends 2026-09-30 Staff accounts done ends 2026-06-30",
      "Needed by Usage billing planned ends 2026-12-15 ⚠ ends before this epic Mobile shop app",
    ]) {
      expect(text).toContain(fact);
    }
    const shown = epics.find((epic) => epic.id === "search")!;
    for (const story of shown.stories) {
      expect(text).toContain(`${story.title} ${story.status.replace("-", " ")} ${story.points}`);
    }
    // Every epic drawn on the timeline opens the same way.
    for (const details of withClass(dom, "row", "epic")) {
      const epic = epics.find((candidate) => `timeline-${candidate.id}` === details.attributes.id)!;
      const body = visibleText(byId(dom, details.attributes.id!)!);
      for (const story of epic.stories) expect(body).toContain(story.title);
    }
  });

  test.each([
    ["the default window", () => dom],
    ["a window holding every milestone", () => whole],
  ])(
    "in %s, an arrow for every dependency between drawn epics, red exactly where lint reports dependency-order",
    (_name, page) => {
      const html = page();
      const drawn = new Set(
        withClass(html, "row", "epic").map((row) => row.attributes.id!.replace("timeline-", "")),
      );
      const arrows = startTags(html).filter((tag) => tag.attributes["data-from"] !== undefined);
      const pairs = arrows.map((arrow) => `${arrow.attributes["data-from"]}>${arrow.attributes["data-to"]}`);
      const expected = dependencyPairs().filter((pair) => pair.split(">").every((id) => drawn.has(id)));
      expect(pairs.sort()).toEqual(expected.sort());
      expect(new Set(pairs).size).toBe(pairs.length);
      const broken = arrows.filter((arrow) => arrow.attributes.class!.split(" ").includes("broken"));
      expect(
        broken.map((arrow) => `${arrow.attributes["data-from"]}>${arrow.attributes["data-to"]}`),
      ).toEqual(brokenByLint());
      for (const arrow of arrows) {
        // Each arrow ends, with its head, in the row of the epic that waits.
        expect(arrow.attributes["marker-end"]).toMatch(/^url\(#dep-arrow(-broken)?\)$/);
        expect(byId(html, `timeline-${arrow.attributes["data-to"]}`)).toContain(
          `data-from="${arrow.attributes["data-from"]}"`,
        );
      }
    },
  );

  test("the whole window draws the arrows the default one leaves out, and only live epics", () => {
    const rows = (html: string) => withClass(html, "row", "epic").map((row) => row.attributes.id);
    expect(rows(whole)).toEqual(expect.arrayContaining(["timeline-auth", "timeline-marketplace"]));
    expect(rows(dom)).not.toContain("timeline-auth");
    expect(whole).toContain('data-from="auth" data-to="search"');
    expect(rows(whole)).not.toContain("timeline-legacy-cleanup");
  });

  test("dropped epics are listed in the full list only, struck through wherever they are named", () => {
    const title = "Retire the legacy importer";
    expect(byId(dom, "timeline-legacy-cleanup")).toBeUndefined();
    expect(visibleText(byId(dom, "now-next-later")!)).not.toContain(title);
    expect(byId(dom, "epic-legacy-cleanup")).toContain(`<del>${title}</del>`);
    // Named where an epic waits on it, struck through there too.
    const mentions = dom.split(title).length - 1;
    expect(dom.split(`<del>${title}</del>`).length - 1).toBe(mentions);
    expect(mentions).toBe(3); // its own entry, and the details of Sales reports (timeline and list)
  });

  test("themes show their goals, baseline -> target", () => {
    const growth = visibleText(byId(dom, "theme-growth")!);
    expect(growth).toContain("Goals weekly sign-ups: 320 → 500 90-day retention: 61% → 75%");
    expect(visibleText(byId(dom, "theme-platform")!)).toContain("p95 checkout latency: 800 ms → 300 ms");
  });

  test("what lies outside the window is noted", () => {
    const text = visibleText(byId(dom, "timeline")!);
    expect(text).toContain("2 earlier milestones (2026-01-01 – 2026-06-30), all done.");
    expect(text).toContain("1 later milestone (2027-10-01 – 2027-12-31): Marketplace.");
    expect(text).toContain("1 unscheduled epic is listed under its theme below.");
  });

  test("no date can wrap inside itself: every date is one unbreakable element", () => {
    const body = dom.slice(dom.indexOf("<body>"));
    // Dates in text (not in attributes) all sit alone in a .date element.
    const textDates = body.replace(/<[^>]*>/g, (tag) => tag.replace(/\d{4}-\d{2}-\d{2}/g, ""));
    const inDateElements = body.match(/<(time|span) class="date"[^>]*>\d{4}-\d{2}-\d{2}<\/\1>/g) ?? [];
    expect((textDates.match(/\d{4}-\d{2}-\d{2}/g) ?? []).length).toBe(inDateElements.length);
    expect(dom).toMatch(/\.date \{ white-space: nowrap; \}/);
  });

  test.each([
    ["desktop", "1280,900"],
    ["phone", "390,844"],
  ])("a %s screenshot is produced at %s (docs/images/stakeholder-page-<name>.png)", (name, size) => {
    const keep =
      process.env.ROADMAP_SCREENSHOTS === "update" ? join(DOCS, `stakeholder-page-${name}.png`) : undefined;
    expectScreenshot(dir, join(dir, "orbit.html"), name, size, keep);
  });
});

describe("--from and --to", () => {
  const ticks = (...args: string[]) =>
    withClass(run("export", "--format", "html", ...args).stdout, "tick").map(
      (tick) => tick.attributes["data-date"],
    );

  test("take dates and fiscal quarters, relative ones too", () => {
    // Fiscal 2027-Q3 is October to December 2026.
    expect(ticks("--from", "2027-Q3", "--to", "2027-Q3")).toEqual(monthsFrom("2026-10", "2026-12"));
    expect(ticks("--from", "2026-11-15", "--to", "2027-01-31")).toEqual(["2026-12-01", "2027-01-01"]);
    expect(ticks("--from", "current", "--to", "next")).toEqual(monthsFrom("2026-10", "2027-03"));
  });

  test("one bound alone keeps the other's default, widened to its own quarter", () => {
    expect(ticks("--from", "2026-01-01")).toEqual(monthsFrom("2026-01", "2027-09"));
    expect(ticks("--to", "2028-03-31")).toEqual(monthsFrom("2026-07", "2028-03"));
    expect(ticks("--from", "2028-02-01")).toEqual(monthsFrom("2028-02", "2028-03"));
  });

  test.each([
    [
      ["--from", "2026-13-01"],
      '--from must be a date (YYYY-MM-DD) or a quarter (YYYY-Qn, current, next, previous) (got "2026-13-01")',
    ],
    [
      ["--to", "soon"],
      '--to must be a date (YYYY-MM-DD) or a quarter (YYYY-Qn, current, next, previous) (got "soon")',
    ],
    [["--from", "2027-01-01", "--to", "2026-12-31"], "--from (2027-01-01) is after --to (2026-12-31)"],
  ])("%j exits 2", (args, message) => {
    const result = run("export", "--format", "html", ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`roadmap: ${message}\n`);
  });

  test("apply to the HTML page only", () => {
    const result = run("export", "--format", "json", "--from", "2026-Q1");
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "roadmap: --from and --to choose the window of the HTML page's timeline: use them with --format html\n",
    );
  });
});

describe.skipIf(CHROMIUM === undefined)("the KEP corpus (ten years of releases)", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-kep-page-"));
  const page = join(dir, "kep.html");
  const exported = runCli([
    "export",
    "--format",
    "html",
    "-C",
    join(CORPUS, "kubernetes"),
    "--today",
    "2026-12-01",
    "-o",
    page,
  ]);

  test("the page opens on the current window, not on 2015", () => {
    expect(exported.code).toBe(0);
    const dom = chromium(dir, "--dump-dom", `file://${page}`);
    const ticks = withClass(dom, "tick").map((tick) => tick.attributes["data-date"]);
    // From the previous quarter's start to the quarter of the 12-month horizon.
    expect(ticks).toEqual(monthsFrom("2026-07", "2027-12"));
    const milestones = withClass(dom, "row", "milestone").map((row) => row.attributes.id);
    expect(milestones).toEqual(
      ["v1-37", "v1-38", "v1-39", "v1-40", "v1-41"].map((id) => `timeline-milestone-${id}`),
    );
    for (const id of milestones) {
      // Each drawn milestone reaches into the window: it ends after the window starts.
      const [, end] = visibleText(byId(dom, id!)!).match(/\d{4}-\d{2}-\d{2}/g)!;
      expect(end! >= "2026-07-01", id).toBe(true);
    }
    const timeline = visibleText(byId(dom, "timeline")!);
    expect(timeline).toMatch(/35 earlier milestones \(2015-\d\d-\d\d – 2026-04-22\), \d+ not done: /);
    // The full list keeps the history, folded under each theme.
    expect(withClass(dom, "earlier").length).toBeGreaterThan(10);
  });
});
