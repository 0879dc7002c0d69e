import { expect, test } from "vitest";
import { epicDates, epicDueDate } from "./epic-dates.js";
import { buildRoadmap, type Located } from "./roadmap.js";
import type { Epic, Milestone } from "./schemas.js";

const milestone = (id: string, start: string, end: string): Located<Milestone> => ({
  id,
  file: `milestones/${id}.yaml`,
  data: { title: id, start, end },
});
const epic = (id: string, data: Partial<Epic> = {}): Located<Epic> => ({
  id,
  file: `epics/${id}.yaml`,
  data: { title: id, theme: "t", status: "planned", ...data },
});

const roadmap = buildRoadmap({
  milestones: [milestone("q2", "2026-04-01", "2026-06-30")],
  epics: [
    // Its own dates reach into Q3 although its milestone is Q2.
    epic("late", { milestone: "q2", start: "2026-06-01", end: "2026-07-15" }),
    epic("billing", { milestone: "q2" }),
    epic("dated", { start: "2026-08-01", end: "2026-08-31" }),
    epic("ends-only", { end: "2026-05-10" }),
    epic("idea"),
    epic("lost", { milestone: "gone" }),
  ],
});

test.each([
  ["late", { start: "2026-06-01", end: "2026-07-15" }, "2026-07-15"],
  ["billing", { start: "2026-04-01", end: "2026-06-30" }, "2026-06-30"],
  ["dated", { start: "2026-08-01", end: "2026-08-31" }, "2026-08-31"],
  ["ends-only", undefined, "2026-05-10"],
  ["idea", undefined, undefined],
  ["lost", undefined, undefined],
])("epic %s: dates %j, due %s", (id, dates, due) => {
  const data = roadmap.epicById.get(id)!.data;
  expect(epicDates(data, roadmap)).toEqual(dates);
  expect(epicDueDate(data, roadmap)).toBe(due);
});
