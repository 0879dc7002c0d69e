import { expect, test } from "vitest";
import type { Epic } from "../../model/schemas.js";
import { makeRoadmap, runRule } from "../test-roadmap.js";
import { customerConcentration } from "./customer-concentration.js";

const fromAcme = (over: Partial<Epic> = {}): Partial<Epic> => ({
  milestone: "m",
  requested_by: [{ source: "customer", name: "Acme" }],
  ...over,
});
const plain: Partial<Epic> = { milestone: "m" };

const cases: { name: string; epics: Record<string, Partial<Epic>>; options?: unknown; expected: string[] }[] =
  [
    {
      name: "2 of 5 is exactly 40%: passes",
      epics: { a: fromAcme(), b: fromAcme(), c: plain, d: plain, e: plain },
      expected: [],
    },
    {
      name: "3 of 5 is 60%: warns on the first epic",
      epics: { a: plain, b: fromAcme(), c: fromAcme(), d: fromAcme(), e: plain },
      expected: ["epics/b.yaml:requested_by.0.name"],
    },
    {
      name: "unscheduled epics are not counted",
      epics: { a: fromAcme(), b: fromAcme({ milestone: undefined }), c: plain, d: plain, e: plain },
      expected: [],
    },
    {
      name: "dropped epics are not counted",
      epics: {
        a: fromAcme(),
        b: fromAcme(),
        c: fromAcme({ status: "dropped" }),
        d: plain,
        e: plain,
        f: plain,
      },
      expected: [],
    },
    {
      name: "dropped epics leave the denominator too",
      epics: { a: fromAcme(), b: fromAcme(), c: plain, d: { ...plain, status: "dropped" } },
      expected: ["epics/a.yaml:requested_by.0.name"],
    },
    {
      name: "names match across case and spacing; an epic counts once",
      epics: {
        a: {
          milestone: "m",
          requested_by: [
            { source: "customer", name: "ACME " },
            { source: "customer", name: "acme" },
          ],
        },
        b: fromAcme(),
        c: plain,
      },
      expected: ["epics/a.yaml:requested_by.0.name"],
    },
    {
      name: "other sources and unnamed customers do not count",
      epics: {
        a: { milestone: "m", requested_by: [{ source: "sales", name: "Acme" }] },
        b: { milestone: "m", requested_by: [{ source: "customer" }] },
      },
      expected: [],
    },
    {
      name: "max_share 0.7: 60% passes",
      epics: { a: plain, b: fromAcme(), c: fromAcme(), d: fromAcme(), e: plain },
      options: { max_share: 0.7 },
      expected: [],
    },
    {
      name: "max_share 0.2: 40% warns",
      epics: { a: fromAcme(), b: fromAcme(), c: plain, d: plain, e: plain },
      options: { max_share: 0.2 },
      expected: ["epics/a.yaml:requested_by.0.name"],
    },
  ];

test.each(cases)("$name", ({ epics, options, expected }) => {
  expect(runRule(customerConcentration, { milestones: { m: {} }, epics }, { options })).toEqual(expected);
});

test("the message names the customer, the share and the epics", () => {
  const roadmap = makeRoadmap({ milestones: { m: {} }, epics: { a: fromAcme(), b: fromAcme(), c: plain } });
  const [finding] = customerConcentration.check(roadmap, { today: "2026-01-01", options: {} });
  expect(finding?.message).toBe(
    'customer "Acme" requested 2 of 3 scheduled epics (66.7%, more than 40%): a, b',
  );
});
