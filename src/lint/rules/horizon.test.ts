import { expect, test } from "vitest";
import { runRule } from "../test-roadmap.js";
import { horizon } from "./horizon.js";

const cases: { name: string; months?: number; today: string; end: string; expected: string[] }[] = [
  {
    name: "ending exactly 6 months after today passes",
    today: "2026-06-01",
    end: "2026-12-01",
    expected: [],
  },
  {
    name: "a day past the horizon warns",
    today: "2026-06-01",
    end: "2026-12-02",
    expected: ["milestones/m.yaml:end"],
  },
  {
    name: "horizon_months from the mission",
    months: 12,
    today: "2026-06-01",
    end: "2027-06-01",
    expected: [],
  },
  {
    name: "horizon_months 1",
    months: 1,
    today: "2026-06-01",
    end: "2026-07-02",
    expected: ["milestones/m.yaml:end"],
  },
  { name: "month ends clamp (Aug 31 + 6 = Feb 28)", today: "2026-08-31", end: "2027-02-28", expected: [] },
  {
    name: "month ends clamp, a day later warns",
    today: "2026-08-31",
    end: "2027-03-01",
    expected: ["milestones/m.yaml:end"],
  },
  { name: "a past milestone", today: "2026-06-01", end: "2026-01-31", expected: [] },
];

test.each(cases)("$name", ({ months, today, end, expected }) => {
  const mission = months === undefined ? {} : { horizon_months: months };
  expect(runRule(horizon, { mission, milestones: { m: { start: "2026-01-01", end } } }, { today })).toEqual(
    expected,
  );
});
