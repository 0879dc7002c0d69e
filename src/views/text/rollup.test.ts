import { describe, expect, test } from "vitest";
import type { Rollup, RollupNode } from "../../rollup/rollup.js";
import { plainPaint } from "../../util/paint.js";
import { renderRollup } from "./rollup.js";

const node = (
  id: string,
  title: string,
  stories: [number, number],
  points: [number, number],
): RollupNode => ({
  id,
  title,
  stories: { done: stories[0], total: stories[1] },
  points: { done: points[0], total: points[1] },
  progress: points[1] > 0 ? points[0] / points[1] : stories[1] > 0 ? stories[0] / stories[1] : 0,
});

const rollup: Rollup = {
  mission: node("mission", "Acme", [3, 7], [29, 100]),
  themes: [
    node("growth", "Grow the user base", [3, 4], [21, 30]),
    node("platform", "Platform", [0, 3], [8, 70]),
  ],
  milestones: [node("2026-q1", "Q1: onboarding that sells itself", [1, 1], [0.5, 0.5])],
  epics: [],
};

const render = (width: number, bars = false, data: Rollup = rollup) =>
  renderRollup(data, { paint: plainPaint, width, bars });

describe("renderRollup", () => {
  test("an aligned table: mission, themes, milestones; 29 of 100 points is 29%", () => {
    expect(render(80)).toBe(
      [
        "                                             stories   points  progress",
        "Acme                                             3/7   29/100       29%",
        "Themes",
        "  growth  Grow the user base                     3/4    21/30       70%",
        "  platform  Platform                             0/3     8/70       11%",
        "Milestones",
        "  2026-q1  Q1: onboarding that sells itself      1/1  0.5/0.5      100%",
        "",
      ].join("\n"),
    );
  });

  test("bars on request, after the percentage", () => {
    const lines = render(120, true).split("\n");
    expect(lines[1]).toBe(
      "Acme                                             3/7   29/100       29%  ██░░░░░░░░",
    );
    expect(lines[6]).toMatch(/100% {2}██████████$/);
  });

  test("titles shrink to fit the width, figures never", () => {
    const lines = render(60).split("\n");
    expect(lines[6]).toBe("  2026-q1  Q1: onboarding that …      1/1  0.5/0.5      100%");
    expect(Math.max(...lines.map((line) => line.length))).toBe(60);
  });

  test("a very narrow terminal still keeps some title", () => {
    expect(render(20).split("\n")[3]).toBe("  growth  Grow …      3/4    21/30       70%");
  });

  test("empty sections are left out; a mission without a name", () => {
    const bare: Rollup = {
      mission: node("mission", "", [0, 0], [0, 0]),
      themes: [],
      milestones: [],
      epics: [],
    };
    expect(render(80, false, bare)).toBe(
      "                  stories  points  progress\nmission               0/0     0/0        0%\n",
    );
  });

  test.each([
    [0.29, "29%"],
    [0.996, "99%"],
    [1, "100%"],
    [0, "0%"],
    [1 / 3, "33%"],
  ])("progress %d reads %s", (progress, text) => {
    const one: Rollup = { ...rollup, mission: { ...rollup.mission, progress }, themes: [], milestones: [] };
    expect(renderRollup(one, { paint: plainPaint, width: 80, bars: false }).split("\n")[1]).toMatch(
      new RegExp(` ${text}$`),
    );
  });
});
