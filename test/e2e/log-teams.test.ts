// `roadmap log` shows team changes (teams/, docs/format.md) as `roadmap diff` does for the same
// commits, and `roadmap log <team-id>` gives one team's history.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createRepo, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

let repo: TempRepo;

beforeAll(() => {
  repo = createRepo(smallRoadmap(""));
  repo.commit("Initial road map", { day: 1 });
  repo.write({ "teams/web.yaml": "title: Web team\ncapacity:\n  default: 10\n" });
  repo.commit("A team is formed", { day: 2 });
  repo.write({ "teams/web.yaml": "title: Web team\nlead: Ana\ncapacity:\n  default: 12\n" });
  repo.commit("Ana leads web", { day: 3 });
});
afterAll(() => repo.remove());

test("log lists a commit's team changes, the same as diff of that commit", () => {
  const log = runCli(["log", "--json", "-C", repo.dir]);
  expect(log.code).toBe(0);
  const commits = JSON.parse(log.stdout).commits as { subject: string; changes: object[] }[];
  const diff = runCli(["diff", "HEAD~1", "HEAD", "--json", "-C", repo.dir]);
  expect(diff.code).toBe(0);
  expect(commits[0]?.subject).toBe("Ana leads web");
  expect(commits[0]?.changes).toEqual(JSON.parse(diff.stdout).changes);
  expect(commits[0]?.changes).toContainEqual(
    expect.objectContaining({ kind: "changed", type: "team", id: "web", field: "lead", to: "Ana" }),
  );
  expect(commits[1]?.changes).toEqual([{ kind: "added", type: "team", id: "web", title: "Web team" }]);
});

test("log <team-id>: that team's history, not 'no item exists'", () => {
  const result = runCli(["log", "web", "-C", repo.dir]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("+ team web Web team");
  expect(result.stdout).toContain("~ team web Web team: lead (none) -> Ana");
  expect(result.stdout).not.toContain("Initial road map");
});
