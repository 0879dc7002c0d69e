import { describe, expect, test } from "vitest";
import type { Change } from "../history/change.js";
import type { DatedCommit } from "../history/commits.js";
import { findHealthChanges, findLastChanges, followRenames, renamesBetween } from "./history-facts.js";
import { makeState } from "./test-states.js";

const commit = (date: string, changes: Change[], notes: string[] = []): DatedCommit => ({
  hash: date,
  date,
  changes,
  notes: notes.map((file) => ({ file })),
});
const renamed = (from: string, to: string): Change => ({ kind: "renamed", type: "epic", id: to, from, to });

describe("followRenames", () => {
  const atBaseline = new Set(["a", "x", "keep"]);
  const identity = followRenames(
    [
      commit("2026-04-02", [renamed("a", "b")]),
      commit("2026-04-03", [renamed("b", "c"), { kind: "added", type: "epic", id: "a" }]),
      commit("2026-04-04", [renamed("new", "newer")]),
      commit("2026-04-05", [renamed("x", "y"), renamed("y", "x")]),
    ],
    (id) => atBaseline.has(id),
  );

  test("chains of renames lead a baseline id to its end id", () => {
    expect(["a", "x", "keep"].map((id) => identity.endIdOf(id))).toEqual(["c", "x", "keep"]);
  });

  test("and back; an id renamed away and created again is a new epic, as is one born after the baseline", () => {
    expect(["c", "a", "newer", "x", "keep", "other"].map((id) => identity.baselineIdOf(id))).toEqual([
      "a",
      undefined,
      undefined,
      "x",
      "keep",
      undefined,
    ]);
  });

  test("between two states off one line, a direct comparison finds same-content renames", () => {
    const before = makeState({ auth: { title: "Sign in", milestone: "q2" }, gone: { milestone: "q1" } });
    const after = makeState({ login: { title: "Sign in", milestone: "q2" } });
    const direct = renamesBetween(before, after);
    expect(direct.endIdOf("auth")).toBe("login");
    expect(direct.baselineIdOf("login")).toBe("auth");
    expect(direct.endIdOf("gone")).toBe("gone");
  });
});

test("findLastChanges: the newest commit that touched each epic, its stories, or its unreadable file", () => {
  const last = findLastChanges([
    commit("2026-05-20", [{ kind: "changed", type: "story", id: "auth/login", field: "status" }]),
    commit("2026-05-10", [
      { kind: "changed", type: "epic", id: "auth", field: "status" },
      renamed("old", "sso"),
    ]),
    commit(
      "2026-05-05",
      [{ kind: "changed", type: "milestone", id: "q2", field: "end" }],
      ["epics/x/billing.yaml", "milestones/auth.yaml"],
    ),
    commit("2026-04-01", [{ kind: "added", type: "epic", id: "billing" }]),
  ]);
  expect(Object.fromEntries(last)).toEqual({ auth: "2026-05-20", sso: "2026-05-10", billing: "2026-05-05" });
});

test("findHealthChanges: a change of the field, or the epic's creation, followed back through renames", () => {
  const since = findHealthChanges(
    [
      commit("2026-06-01", [{ kind: "changed", type: "epic", id: "auth", field: "status" }]),
      commit("2026-05-20", [renamed("sign-in", "auth")]),
      commit("2026-05-10", [
        { kind: "changed", type: "epic", id: "sign-in", field: "health", from: "at-risk", to: "off-track" },
      ]),
      commit("2026-05-01", [{ kind: "added", type: "epic", id: "billing" }]),
      commit("2026-04-01", [{ kind: "changed", type: "epic", id: "sign-in", field: "health" }]),
    ],
    ["auth", "billing", "unseen"],
  );
  expect(Object.fromEntries(since)).toEqual({ auth: "2026-05-10", billing: "2026-05-01" });
});
