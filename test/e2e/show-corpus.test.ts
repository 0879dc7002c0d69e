// The Kubernetes KEP corpus (653 epics over ten years) through every view: it must render and
// never draw a line past the width, measured in terminal cells.
import stringWidth from "string-width";
import { expect, test } from "vitest";
import { CORPUS, runCli } from "../run-cli.js";

const KEP = `${CORPUS}kubernetes`;

test.each(["tree", "timeline", "now-next-later"])("--view %s fits 40, 80 and 150 columns", (view) => {
  for (const width of [40, 80, 150]) {
    const result = runCli([
      "show",
      "-C",
      KEP,
      "--today",
      "2026-11-25",
      "--view",
      view,
      "--width",
      String(width),
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(10);
    const widest = lines.reduce((max, line) => Math.max(max, stringWidth(line)), 0);
    expect(widest, `${view} at ${width}`).toBeLessThanOrEqual(width);
  }
});

test("the tree lists every epic, and --json holds every epic once", () => {
  const tree = runCli(["show", "-C", KEP, "--today", "2026-11-25", "--width", "200"]);
  const epicLines = tree.stdout.split("\n").filter((line) => / \(kep-[^)]+\)/.test(line));
  expect(epicLines).toHaveLength(653);
  const json = JSON.parse(runCli(["show", "-C", KEP, "--json"]).stdout);
  const ids: string[] = [];
  for (const theme of json.themes) {
    for (const milestone of theme.milestones)
      ids.push(...milestone.epics.map((epic: { id: string }) => epic.id));
    ids.push(...theme.unscheduled.map((epic: { id: string }) => epic.id));
  }
  expect(ids).toHaveLength(653);
  expect(new Set(ids).size).toBe(653);
});
