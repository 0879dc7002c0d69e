// `continues` (docs/review.md) outside review: `log <id>` follows it back, `show` names it.
import { afterAll, expect, test } from "vitest";
import { runCli } from "../run-cli.js";
import { buildReviewHistory } from "./review-history.js";

const repo = buildReviewHistory();
afterAll(() => repo.remove());

test("log <id> lists the changes of the epic it continues too, and says so", () => {
  const json = JSON.parse(runCli(["log", "search-v2", "--json"], { cwd: repo.dir }).stdout);
  expect(Object.keys(json)).toEqual(["commits", "partial"]);
  expect(
    json.commits.map((commit: { subject: string; changes: { kind: string; id: string }[] }) => [
      commit.subject,
      commit.changes.map((change) => `${change.kind} ${change.id}`),
    ]),
  ).toEqual([
    ["Mid-quarter: drop billing and the v1 retirement, split search", ["added search-v2"]],
    ["Plan Q2", ["added search"]],
  ]);
  const text = runCli(["log", "search-v2"], { cwd: repo.dir }).stdout;
  expect(text.split("\n")[0]).toBe("search-v2 continues search: their changes are listed too");
  // The continued epic's own log does not list what continues it.
  const own = JSON.parse(runCli(["log", "search", "--json"], { cwd: repo.dir }).stdout);
  expect(own.commits).toHaveLength(1);
});

test("show names the link in the tree", () => {
  const result = runCli(["show", "--depth", "epic", "--width", "100"], { cwd: repo.dir });
  expect(result.stdout).toContain("Search everything, part two (search-v2, continues search)");
});
