import { describe, expect, test } from "vitest";
import type { Epic } from "../model/schemas.js";
import { findStale, listHealth, listOutcomes, tallyInputs } from "./signals.js";
import { makeState } from "./test-states.js";

test("stale: planned or in-progress epics last changed more than n days before the review date", () => {
  const end = makeState({
    quiet: { status: "planned" },
    edge: { status: "in-progress" },
    busy: { status: "in-progress" },
    idea: { status: "proposed" },
    shipped: { status: "done" },
  });
  const changed: Record<string, string> = {
    quiet: "2026-04-01",
    edge: "2026-05-31",
    busy: "2026-06-20",
    idea: "2026-01-01",
    shipped: "2026-01-01",
  };
  const stale = findStale(end, {
    reviewDate: "2026-06-30",
    staleDays: 30,
    lastChanged: (epic) => changed[epic.id]!,
  });
  // edge changed exactly 30 days before: not more than 30, so not stale.
  expect(stale).toEqual([
    { id: "quiet", title: "Epic quiet", status: "planned", last_changed: "2026-04-01", days: 90 },
  ]);
});

test("outcomes: done at the end, not at the baseline; measured or not, with or without an outcome", () => {
  const end = makeState({
    measured: { status: "done", outcome: { metric: "signups", target: "+5%", actual: "+7%" } },
    pending: { status: "done", outcome: { metric: "churn", target: 2 } },
    silent: { status: "done" },
    old: { status: "done", outcome: { metric: "x", target: 1, actual: 1 } },
    busy: { status: "in-progress", outcome: { metric: "y", target: 1 } },
  });
  expect(listOutcomes(end, (epic) => epic.id === "old")).toEqual([
    { id: "measured", title: "Epic measured", metric: "signups", target: "+5%", actual: "+7%" },
    { id: "pending", title: "Epic pending", metric: "churn", target: 2, actual: null },
    { id: "silent", title: "Epic silent", metric: null, target: null, actual: null },
  ]);
});

test("health: at-risk and off-track epics with the date their health last changed", () => {
  const end = makeState({
    a: { health: "at-risk" },
    b: { health: "on-track" },
    c: { health: "off-track" },
    d: {},
  });
  expect(listHealth(end, (epic) => (epic.id === "a" ? "2026-05-02" : "2026-06-01"))).toEqual([
    { id: "a", title: "Epic a", health: "at-risk", since: "2026-05-02" },
    { id: "c", title: "Epic c", health: "off-track", since: "2026-06-01" },
  ]);
});

describe("inputs", () => {
  const epic = (requested_by: Epic["requested_by"]) => ({
    id: "e",
    data: { title: "e", theme: "t", status: "planned" as const, requested_by },
  });

  test("epics per source (once per epic), and the customer named by most epics with that share", () => {
    const inputs = tallyInputs([
      epic([
        { source: "customer", name: "Initech" },
        { source: "customer", name: "initech " },
      ]),
      epic([{ source: "customer", name: "Globex" }, { source: "sales" }]),
      epic([{ source: "customer", name: "INITECH" }, { source: "support" }]),
      epic([{ source: "internal" }]),
      epic(undefined),
    ]);
    expect(inputs).toEqual({
      by_source: { customer: 3, sales: 1, support: 1, internal: 1 },
      top_customer: { name: "Initech", epics: 2, share: 2 / 5 },
    });
  });

  test("ties go to the name first in alphabetical order; no named customer is null", () => {
    const tie = tallyInputs([
      epic([{ source: "customer", name: "globex" }]),
      epic([{ source: "customer", name: "Acme" }]),
    ]);
    expect(tie.top_customer).toEqual({ name: "Acme", epics: 1, share: 0.5 });
    expect(tallyInputs([epic([{ source: "customer" }])])).toEqual({
      by_source: { customer: 1 },
      top_customer: null,
    });
    expect(tallyInputs([])).toEqual({ by_source: {}, top_customer: null });
  });
});
