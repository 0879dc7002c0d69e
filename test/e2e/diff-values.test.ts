// Values inside lists and mappings in `diff` (and so `log`, the edit summaries and the pull
// request comment): text holding a separator is quoted, so a customer named "Initech, Inc."
// does not read as two entries.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createRepo, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

let repo: TempRepo;

beforeAll(() => {
  repo = createRepo(smallRoadmap(""));
  repo.commit("Initial road map", { day: 1 });
  const result = runCli([
    "set",
    "billing",
    'requested_by+={source: customer, name: "Initech, Inc."}',
    "-C",
    repo.dir,
  ]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('requested_by (none) -> [{source: customer, name: "Initech, Inc."}]');
});
afterAll(() => repo.remove());

test("diff text and markdown quote the name", () => {
  const text = runCli(["diff", "-C", repo.dir]);
  expect(text.stdout).toContain(
    '~ epic billing Billing: requested_by (none) -> [{source: customer, name: "Initech, Inc."}]',
  );
  const markdown = runCli(["diff", "--format", "markdown", "-C", repo.dir]);
  expect(markdown.stdout).toContain('`[{source: customer, name: "Initech, Inc."}]`');
});
