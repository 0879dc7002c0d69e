// The HTML export in a real browser: headless Chromium loads the page from disk, its DOM holds
// the road map, and a phone-sized and a desktop screenshot are produced. Skipped, with a note,
// where Chromium is not installed (.ci/run installs it).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const CHROMIUM = ["chromium", "chromium-browser", "google-chrome"].find(
  (name) => spawnSync("sh", ["-c", `command -v ${name}`]).status === 0,
);
if (CHROMIUM === undefined) {
  console.warn(
    "export-html.test.ts: chromium is not installed; skipping the browser checks (apt-get install chromium)",
  );
}

const exportHtml = (...args: string[]) =>
  runCli(["export", "--format", "html", "-C", fixture("export/acme"), "--today", "2026-11-25", ...args]);

function chromium(dir: string, ...args: string[]): string {
  const result = spawnSync(
    CHROMIUM!,
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${join(dir, "profile")}`,
      ...args,
    ],
    { encoding: "utf8", timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
  );
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

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
    const shot = join(dir, `${name}.png`);
    chromium(dir, `--screenshot=${shot}`, `--window-size=${size}`, `file://${page}`);
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    expect(readFileSync(shot).subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});

test("the page is self-contained and has print styles", () => {
  const html = exportHtml().stdout;
  expect(html).not.toMatch(/<script|<link|@import|url\(|src=|https?:\/\//i);
  expect(html).toContain("@media print");
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
});
