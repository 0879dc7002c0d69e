// `roadmap review --format html` in a real browser: the page from a dated history (review-
// history.ts) loads from disk in headless Chromium, its DOM holds every section, and a phone
// and a desktop screenshot are produced. Browser checks are skipped where Chromium is missing.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { CHROMIUM, chromium } from "../chromium.js";
import { runCli } from "../run-cli.js";
import { buildReviewHistory } from "./review-history.js";

const repo = buildReviewHistory();
const dir = mkdtempSync(join(tmpdir(), "roadmap-review-html-"));
afterAll(() => {
  repo.remove();
  rmSync(dir, { recursive: true, force: true });
});
const reviewHtml = (...args: string[]) =>
  runCli(["review", "2026-Q2", "--today", "2026-08-15", "--format", "html", ...args], { cwd: repo.dir });

test("one self-contained page in the export's style, with print styles and a phone viewport", () => {
  const html = reviewHtml().stdout;
  expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:\/\//i);
  expect(html).toContain("@media print");
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  // The export's stylesheet itself, shared rather than copied.
  expect(html).toContain(".epics { list-style: none; padding: 0; }");
});

test("the trend page draws one bar per quarter", () => {
  const html = runCli(["review", "--trend", "3", "--today", "2026-08-15", "--format", "html"], {
    cwd: repo.dir,
  }).stdout;
  expect(html.match(/role="progressbar"/g)).toHaveLength(2);
  expect(html).toContain('<div class="label">2025-Q4</div>');
});

describe.skipIf(CHROMIUM === undefined)("the review page in headless Chromium", () => {
  const page = join(dir, "review.html");
  const written = reviewHtml("-o", page);

  test("the DOM holds the say/do, every section and every epic", () => {
    expect(written.code).toBe(0);
    const dom = chromium(dir, "--dump-dom", `file://${page}`);
    expect(dom).toContain("<h1>Road-map review: 2026-Q2</h1>");
    for (const id of ["say-do", "committed", "added", "stale", "outcomes", "health", "inputs"]) {
      expect(dom).toContain(`<section id="${id}">`);
    }
    expect(dom).toContain('aria-valuenow="33"');
    for (const result of ["delivered", "dropped", "carried-over", "slipped", "missed", "added"]) {
      expect(dom).toContain(`badge result-${result}`);
    }
    for (const title of ["Sign-in with passkeys", "Search everything", "Slack alerts", "Audit log"]) {
      expect(dom).toContain(title);
    }
    expect(dom).toContain("Top customer:</strong> Initech, 3 of the period's epics (25%)");
  });

  test.each([
    ["phone", "390,2400"],
    ["desktop", "1280,2000"],
  ])("a %s screenshot is produced", (name, size) => {
    const shot = join(dir, `${name}.png`);
    chromium(dir, `--screenshot=${shot}`, `--window-size=${size}`, `file://${page}`);
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(readFileSync(shot).subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
