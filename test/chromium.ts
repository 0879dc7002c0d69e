// Headless Chromium for tests of the HTML pages: found on PATH (.ci/run installs it), else the
// tests that need it are skipped with a note.
import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

export const CHROMIUM = ["chromium", "chromium-browser", "google-chrome"].find(
  (name) => spawnSync("sh", ["-c", `command -v ${name}`]).status === 0,
);

export function warnWithoutChromium(testFile: string): void {
  if (CHROMIUM !== undefined) return;
  console.warn(
    `${testFile}: chromium is not installed; skipping the browser checks (apt-get install chromium)`,
  );
}

/** Runs Chromium headless with a profile in `dir`, offline; returns its stdout (e.g. --dump-dom). */
export function chromium(dir: string, ...args: string[]): string {
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

/**
 * Takes a screenshot of a page at a window size ("390,2000") and checks it is a real PNG; returns
 * its path. `keep` copies it there too (the documentation's screenshots).
 */
export function expectScreenshot(
  dir: string,
  page: string,
  name: string,
  size: string,
  keep?: string,
): string {
  const shot = join(dir, `${name}.png`);
  chromium(dir, `--screenshot=${shot}`, `--window-size=${size}`, `file://${page}`);
  expect(statSync(shot).size).toBeGreaterThan(10_000);
  expect(readFileSync(shot).subarray(1, 4).toString("latin1")).toBe("PNG");
  if (keep !== undefined) copyFileSync(shot, keep);
  return shot;
}
