// `roadmap rollup` (README.md) on a small bakery road map whose figures were worked out by hand:
// points first, else stories, else the mean of the epics; dropped epics left out above them.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const BAKERY = fixture("rollup/bakery");

const node = (
  id: string,
  title: string,
  stories: [number, number],
  points: [number, number],
  progress: number,
) => ({
  id,
  title,
  stories: { done: stories[0], total: stories[1] },
  points: { done: points[0], total: points[1] },
  progress,
});

test("--json has exactly the SPEC 7 shape and the hand-computed figures", () => {
  const result = runCli(["rollup", "-C", BAKERY, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({
    // bake 3/8 points, heat (no stories), till 1/2 stories, later 2/2 points; old is dropped.
    mission: node("mission", "Bakery", [4, 6], [5, 10], 0.5),
    themes: [
      node("empty", "Nothing yet", [0, 0], [0, 0], 0),
      node("ovens", "Ovens", [2, 3], [3, 8], 0.375),
      // Points win over stories: till's half-done stories carry no points.
      node("shop", "Shop", [2, 3], [2, 2], 1),
    ],
    milestones: [
      node("2026-q1", "Spring", [3, 5], [3, 8], 0.375),
      // No story at all: the mean of its epics' progress (heat is done).
      node("2026-q2", "Summer", [0, 0], [0, 0], 1),
    ],
    epics: [
      node("bake", "Bake at night", [2, 3], [3, 8], 0.375),
      node("heat", "Heat recovery", [0, 0], [0, 0], 1),
      node("later", "Delivery", [1, 1], [2, 2], 1),
      node("old", "Old idea", [0, 1], [0, 13], 0),
      node("till", "New till", [1, 2], [0, 0], 0.5),
    ],
  });
  expect(runCli(["rollup", "-C", BAKERY, "--format", "json"]).stdout).toBe(result.stdout);
});

test("text: an aligned table, no bars and no colour off a TTY", () => {
  const result = runCli(["rollup", "-C", BAKERY]);
  expect(result.code).toBe(0);
  expect(result.stdout).toBe(
    [
      "                      stories  points  progress",
      "Bakery                    4/6    5/10       50%",
      "Themes",
      "  empty  Nothing yet      0/0     0/0        0%",
      "  ovens  Ovens            2/3     3/8       37%",
      "  shop  Shop              2/3     2/2      100%",
      "Milestones",
      "  2026-q1  Spring         3/5     3/8       37%",
      "  2026-q2  Summer         0/0     0/0      100%",
      "",
    ].join("\n"),
  );
});

test("an unknown format is a usage error", () => {
  const result = runCli(["rollup", "-C", BAKERY, "--format", "markdown"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^roadmap: unknown format "markdown"; use one of: text, json/);
});

test("a road map with errors: the roll-up of what validated, a note, exit 1", () => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-rollup-"));
  try {
    cpSync(BAKERY, dir, { recursive: true });
    writeFileSync(join(dir, "epics", "broken.yaml"), "title: [unclosed\n");
    const result = runCli(["rollup", "-C", dir, "--json"]);
    expect(JSON.parse(result.stdout).epics).toHaveLength(5);
    expect(result.stderr).toBe(
      "roadmap: the road map has 1 error; the roll-up counts only what validated (run roadmap validate)\n",
    );
    expect(result.code).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
