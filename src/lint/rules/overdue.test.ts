import { expect, test } from "vitest";
import type { Epic } from "../../model/schemas.js";
import { runRule } from "../test-roadmap.js";
import { overdue } from "./overdue.js";

const cases: { name: string; today: string; epics: Record<string, Partial<Epic>>; expected: string[] }[] = [
  {
    name: "ended with an epic in progress",
    today: "2026-04-01",
    epics: { a: { milestone: "m", status: "in-progress" } },
    expected: ["milestones/m.yaml:end"],
  },
  {
    name: "ends today: not yet overdue",
    today: "2026-03-31",
    epics: { a: { milestone: "m", status: "planned" } },
    expected: [],
  },
  { name: "all done", today: "2026-04-01", epics: { a: { milestone: "m", status: "done" } }, expected: [] },
  {
    name: "done and dropped",
    today: "2026-04-01",
    epics: { a: { milestone: "m", status: "done" }, b: { milestone: "m", status: "dropped" } },
    expected: [],
  },
  { name: "no epic at all", today: "2026-04-01", epics: {}, expected: [] },
  {
    name: "proposed epics are not done",
    today: "2027-01-01",
    epics: { a: { milestone: "m" } },
    expected: ["milestones/m.yaml:end"],
  },
];

test.each(cases)("$name", ({ today, epics, expected }) => {
  expect(
    runRule(overdue, { milestones: { m: { start: "2026-01-01", end: "2026-03-31" } }, epics }, { today }),
  ).toEqual(expected);
});
