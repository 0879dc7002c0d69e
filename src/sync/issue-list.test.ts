import { expect, test } from "vitest";
import { readIssueList } from "./issue-list.js";

test("gh's JSON is read: state in any case, a null body, assignees or none, other fields ignored", () => {
  const text = JSON.stringify([
    { number: 1, title: "a", state: "OPEN", body: "b", labels: [{ name: "x", color: "f00" }], assignees: [] },
    {
      number: 2,
      title: "c",
      state: "closed",
      body: null,
      assignees: [{ login: "ana", name: "Ana" }],
      url: "u",
    },
    { number: 3, state: "OPEN", body: "" },
  ]);
  expect(readIssueList(text)).toEqual({
    ok: true,
    issues: [
      { number: 1, title: "a", state: "open", body: "b", assigned: false },
      { number: 2, title: "c", state: "closed", body: "", assigned: true },
      { number: 3, title: "", state: "open", body: "", assigned: undefined },
    ],
  });
});

test.each([
  ["[{", "it is not JSON ("],
  ['{"issues": []}', "it must be a list of issues, as gh issue list --json prints"],
  ['[{"title": "x", "state": "OPEN", "body": ""}]', 'issue 1 of the list: missing required key "number"'],
  [
    '[{"number": 1, "state": "OPEN", "body": ""}, {"number": 2, "state": "merged", "body": ""}]',
    'issue 2 of the list: "state" must be "OPEN" or "CLOSED" (found "merged")',
  ],
  [
    '[{"number": "7", "state": "OPEN", "body": ""}]',
    'issue 1 of the list: "number" must be a number (found "7")',
  ],
  ['[{"number": 1, "state": "OPEN", "body": "", "assignees": ["ana"]}]', "issue 1 of the list: "],
])("%s: %s", (text, problem) => {
  const reading = readIssueList(text);
  expect(reading.ok).toBe(false);
  expect(reading.ok ? "" : reading.problem).toContain(problem);
});
