import { describe, expect, test } from "vitest";
import type { Change } from "./change.js";
import { groupChanges, sectionOf, summarizeChanges } from "./sections.js";

const change = (fields: Partial<Change>): Change => ({ kind: "changed", type: "epic", id: "x", ...fields });

describe("sections", () => {
  test.each([
    { change: change({ kind: "added" }), section: "added" },
    { change: change({ kind: "removed", type: "story", id: "x/y" }), section: "removed" },
    { change: change({ kind: "renamed" }), section: "renamed" },
    { change: change({ field: "milestone" }), section: "rescheduled" },
    { change: change({ field: "end" }), section: "rescheduled" },
    { change: change({ type: "milestone", field: "start" }), section: "rescheduled" },
    { change: change({ type: "story", field: "status" }), section: "status" },
    { change: change({ field: "owner" }), section: "other" },
    { change: change({ type: "story", field: "points" }), section: "other" },
  ])("$change.kind $change.type $change.field -> $section", ({ change: c, section }) => {
    expect(sectionOf(c)).toBe(section);
  });

  test("slips lead the rescheduled section; empty sections are left out", () => {
    const early = change({ id: "a", field: "milestone" });
    const slip = change({ id: "b", field: "milestone", slipped: true });
    expect(groupChanges([early, slip]).map((s) => [s.id, s.changes.map((c) => c.id)])).toEqual([
      ["rescheduled", ["b", "a"]],
    ]);
  });

  test("summary line", () => {
    expect(summarizeChanges([])).toBe("no changes");
    expect(
      summarizeChanges([
        change({ kind: "added" }),
        change({ field: "milestone", slipped: true }),
        change({ field: "status" }),
        change({ field: "owner" }),
      ]),
    ).toBe("4 changes: 1 added, 1 rescheduled (1 slipped), 1 status change, 1 other change");
  });
});
