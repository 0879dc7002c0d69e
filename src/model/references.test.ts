import { expect, test } from "vitest";
import { collectReferences, idKeysOf, isReferencePath } from "./references.js";

test("teams: an epic's teams, a story's team, a team's capacity keys (default excepted)", () => {
  const epic = { teams: ["web", 7], stories: [{ id: "s", team: "api" }, { id: "t" }] };
  expect(
    collectReferences("epics/e.yaml", "epic", epic).map(({ path, kind, id, isKey }) => [
      path,
      kind,
      id,
      isKey,
    ]),
  ).toEqual([
    [["teams", 0], "team", "web", false],
    [["stories", 0, "team"], "team", "api", false],
  ]);
  const team = { capacity: { default: 3, q1: 2, "2026": 1 } };
  expect(
    collectReferences("teams/web.yaml", "team", team).map(({ path, id, isKey }) => [path, id, isKey]),
  ).toEqual([
    [["capacity", "2026"], "2026", true],
    [["capacity", "q1"], "q1", true],
  ]);
});

test.each([
  ["epic", ["milestone"], true],
  ["epic", ["depends_on", 3], true],
  ["epic", ["stories", 0, "team"], true],
  ["epic", ["stories", 0, "points"], false],
  ["epic", ["stories", "x", "team"], false],
  ["milestone", ["theme"], true],
  ["idea", ["promoted_to"], true],
  // capacity's keys are ids; its values are points
  ["team", ["capacity", "q1"], false],
  ["theme", ["title"], false],
] as const)("isReferencePath(%s, %j) is %s", (kind, path, expected) => {
  expect(isReferencePath(kind, path)).toBe(expected);
});

test("idKeysOf: the keys whose values are ids, at the top and inside lists of mappings", () => {
  expect(idKeysOf("epic", [])).toEqual(["theme", "milestone", "depends_on", "continues", "teams"]);
  expect(idKeysOf("epic", ["stories"])).toEqual(["team"]);
  expect(idKeysOf("team", [])).toEqual([]);
  expect(idKeysOf("milestone", [])).toEqual(["theme"]);
});
