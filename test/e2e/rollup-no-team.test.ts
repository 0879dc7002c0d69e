// `rollup --by team` adds up to the road map's total: stories that count for no team (no
// `team`, in an epic with several teams or none) get a "(no team)" row, so a reader who sums
// the teams is not left with points unaccounted for. The road map is built with the CLI itself.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { runCli } from "../run-cli.js";

const dir = join(mkdtempSync(join(tmpdir(), "roadmap-no-team-")), "roadmap");
afterAll(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

const cli = (...args: string[]) => runCli([...args, "-C", dir, "--today", "2026-02-01"]);

beforeAll(() => {
  expect(runCli(["init", dir, "--today", "2026-02-01"]).code).toBe(0);
  const edits = [
    ["new", "team", "web", "title=Web team"],
    ["new", "team", "api", "title=API team"],
    ["new", "epic", "checkout", "title=Checkout", "theme=first-theme", "teams=web"],
    ["new", "story", "checkout/cart", "title=Cart", "points=5"],
    ["new", "epic", "search", "title=Search", "theme=first-theme", "teams=web,api"],
    ["new", "story", "search/index", "title=Index", "points=8", "team=api"],
    ["new", "story", "search/ui", "title=Search box", "points=2", "status=done"],
  ];
  for (const edit of edits) expect(cli(...edit).code).toBe(0);
});

test("the teams and the (no team) row add up to the total", () => {
  const result = cli("rollup", "--by", "team");
  expect(result.code).toBe(0);
  // first-epic/first-story (3 points, init's) and search/ui (2, done: the epic has two teams).
  expect(result.stdout).toBe(
    [
      "                  stories  points  progress",
      "My product            1/4    2/18       11%",
      "Teams",
      "  api  API team       0/1     0/8        0%",
      "  web  Web team       0/1     0/5        0%",
      "  (no team)           1/2     2/5       40%",
      "",
    ].join("\n"),
  );
});

test("no row when every story counts for a team", () => {
  expect(cli("set", "search/ui", "team=web").code).toBe(0);
  expect(cli("set", "first-epic", "teams=api").code).toBe(0);
  expect(cli("rollup", "--by", "team").stdout).not.toContain("(no team)");
  expect(cli("rollup", "--by", "label").stdout).not.toContain("(no team)");
});

test("no row without any team: the total says it already", () => {
  const bare = join(dir, "..", "bare");
  expect(runCli(["init", bare, "--today", "2026-02-01"]).code).toBe(0);
  const result = runCli(["rollup", "--by", "team", "-C", bare]);
  expect(result.stdout).toContain("Teams: none");
  expect(result.stdout).not.toContain("(no team)");
});
