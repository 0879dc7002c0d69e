// `review` reads commits only. A status set with `roadmap set` and not committed yet is not in
// the review; a note on stderr says so, rather than the report quietly showing the old state.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createRepo, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

let repo: TempRepo;
const NOTE =
  "roadmap: note: the road map has uncommitted changes; review reads commits only (commit them to count them)\n";
const review = (...args: string[]) =>
  runCli(["review", "2026-Q1", "--today", "2026-02-01", "-C", repo.dir, ...args]);

beforeAll(() => {
  repo = createRepo(smallRoadmap(""));
  repo.commit("Q1 plan", { day: 1 });
});
afterAll(() => repo.remove());

test("no note when everything is committed", () => {
  const result = review();
  expect(result.code).toBe(0);
  expect(result.stderr).toBe("");
});

test("an edit not committed yet: the review is the committed state, and a note says so", () => {
  expect(runCli(["set", "auth", "status=done", "-C", repo.dir]).code).toBe(0);
  const result = review("--json");
  expect(result.code).toBe(0);
  expect(result.stderr).toBe(NOTE);
  expect(JSON.parse(result.stdout).summary.delivered).toBe(0);
  // --rev names a commit: the working tree is not what was asked about.
  expect(review("--rev", "HEAD").stderr).toBe("");
  repo.commit("auth shipped", { day: 20 });
  const after = review("--json");
  expect(after.stderr).toBe("");
  expect(JSON.parse(after.stdout).summary.delivered).toBe(1);
});
