// The HTML export in a real browser: headless Chromium loads the page from disk, its DOM holds
// the road map, and a phone-sized and a desktop screenshot are produced. Skipped, with a note,
// where Chromium is not installed (.ci/run installs it).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { CHROMIUM, chromium, expectScreenshot, warnWithoutChromium } from "../chromium.js";
import { fixture, runCli } from "../run-cli.js";

warnWithoutChromium("export-html.test.ts");

const exportHtml = (...args: string[]) =>
  runCli(["export", "--format", "html", "-C", fixture("export/acme"), "--today", "2026-11-25", ...args]);

describe.skipIf(CHROMIUM === undefined)("the HTML export in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-html-"));
  const page = join(dir, "roadmap.html");
  const exported = exportHtml("-o", page);

  test("the DOM holds the mission, the timeline, now/next/later and every theme's epics", () => {
    expect(exported.code).toBe(0);
    const dom = chromium(dir, "--dump-dom", `file://${page}`);
    expect(dom).toContain("<h1>Acme Cloud</h1>");
    expect(dom).toContain("Help small teams ship software without an operations department.");
    for (const id of ["timeline", "now-next-later", "themes"]) expect(dom).toContain(`<section id="${id}">`);
    for (const theme of ["growth", "i18n", "platform", "research"])
      expect(dom).toContain(`id="theme-${theme}"`);
    for (const title of ["Audit log", "Referral programme", "Public status page", "Multi-region failover"]) {
      expect(dom).toContain(title);
    }
    // The awkward title arrives as text: the browser built no script element from it.
    expect(dom).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(dom).not.toMatch(/<script/i);
    expect(dom).toMatch(/<h3>Now <small>2026-Q4<\/small><\/h3>/);
  });

  test.each([
    ["phone", "390,2000"],
    ["desktop", "1280,2000"],
  ])("a %s screenshot is produced", (name, size) => {
    expectScreenshot(dir, page, name, size);
  });
});

test("the page is self-contained and has print styles", () => {
  const html = exportHtml().stdout;
  // url(#id) names an arrowhead inside the page itself; any other url( could fetch something.
  expect(html).not.toMatch(/<script|<link|@import|url\((?!#dep-arrow)|src=|https?:\/\//i);
  expect(html).toContain('marker-end="url(#dep-arrow)"');
  expect(html).toContain("@media print");
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
});
