import { describe, expect, test } from "vitest";
import { validateSources } from "../validate/validate-roadmap.js";
import { scaffoldFiles } from "./scaffold.js";

const encoder = new TextEncoder();

describe("scaffoldFiles", () => {
  test.each([
    ["mid-year", "2026-11-25", "2027-02-16"],
    ["across a leap day", "2028-02-01", "2028-04-24"],
    ["on new year's eve", "2026-12-31", "2027-03-24"],
  ])("%s: a valid road map whose milestone runs 12 weeks from today", (_name, today, end) => {
    const files = scaffoldFiles({ today });
    const result = validateSources({
      files: files.map((file) => ({ path: file.path, bytes: encoder.encode(file.text) })),
      findings: [],
      hasMission: true,
    });
    expect(result.findings).toEqual([]);
    expect(result.roadmap.milestones.map((m) => [m.data.start, m.data.end])).toEqual([[today, end]]);
    expect(result.roadmap.epics.map((e) => [e.data.theme, e.data.milestone])).toEqual([
      ["first-theme", "first-milestone"],
    ]);
    expect(result.roadmap.ideas.map((idea) => [idea.id, idea.data.status, idea.data.submitted])).toEqual([
      ["first-idea", "new", today],
    ]);
  });

  test("writes one file of each kind", () => {
    expect(scaffoldFiles({ today: "2026-11-25" }).map((file) => file.path)).toEqual([
      "mission.yaml",
      "themes/first-theme.yaml",
      "milestones/first-milestone.yaml",
      "epics/first-epic.yaml",
      "ideas/first-idea.yaml",
    ]);
  });
});
