// Flags that git reads as dates: a value written like an ISO date must be a real date, or git
// would read "2026-13-01" as some other day and the answer would quietly change.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createRepo, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

let repo: TempRepo;

beforeAll(() => {
  repo = createRepo(smallRoadmap(""));
  repo.commit("Initial road map", { day: 5 });
});
afterAll(() => repo.remove());

test.each([
  ["log", "--since", "2026-13-01"],
  ["log", "--until", "2026-02-30"],
])("%s %s %s: exit 2 naming the flag, not an empty or whole log", (command, flag, value) => {
  const result = runCli([command, flag, value, "-C", repo.dir]);
  expect(result).toEqual({
    code: 2,
    stdout: "",
    stderr: `roadmap: ${flag} must be a calendar date written YYYY-MM-DD (got "${value}")\n`,
  });
});

test("log --since with a real date or git's own words still works", () => {
  expect(runCli(["log", "--since", "2026-01-01", "-C", repo.dir]).stdout).toContain("Initial road map");
  expect(runCli(["log", "--until", "2026-01-01 00:00", "-C", repo.dir]).stdout).toBe(
    "no commits changed the road map\n",
  );
  expect(runCli(["log", "--since", "2 weeks ago", "-C", repo.dir]).code).toBe(0);
});

test("review --baseline with an impossible date says so, not 'unknown revision'", () => {
  const args = ["review", "2026-Q1", "--today", "2026-04-10", "-C", repo.dir];
  const result = runCli([...args, "--baseline", "2026-02-30"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toBe(
    'roadmap: --baseline must be a calendar date written YYYY-MM-DD (got "2026-02-30")\n',
  );
  expect(runCli([...args, "--baseline", "nope"]).stderr).toContain('unknown revision "nope"');
  expect(runCli([...args, "--baseline", "2026-01-06"]).code).toBe(0);
  expect(runCli([...args, "--baseline", "HEAD"]).code).toBe(0);
});

test("review --baseline before the first commit: the note speaks of the baseline asked for", () => {
  const result = runCli([
    "review",
    "2026-Q1",
    "--today",
    "2026-04-10",
    "--baseline",
    "2025-06-01",
    "-C",
    repo.dir,
  ]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(
    "note: The road map has no commit by the --baseline asked for: the baseline is its first commit (2026-01-05).",
  );
  expect(result.stdout).not.toContain("not the end of 2026-01-01");
});
