// `roadmap mv` and `roadmap set` committed together: the epic keeps its title, so history calls
// it a rename with a change (docs/history.md), and `review` follows it instead of reporting the
// old id dropped ("file removed") and the new one added.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createRepo, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

let repo: TempRepo;

beforeAll(() => {
  repo = createRepo(smallRoadmap(""));
  repo.commit("Q1 plan", { day: 1 });
  const edit = (...args: string[]) => runCli([...args, "-C", repo.dir, "--today", "2026-01-10"]);
  expect(edit("mv", "auth", "sign-in").code).toBe(0);
  expect(edit("set", "sign-in", "status=done").code).toBe(0);
  repo.commit("Rename auth to sign-in; it shipped", { day: 10 });
});
afterAll(() => repo.remove());

test("log: one rename and the status change under the new id, not a removal and an addition", () => {
  const result = runCli(["log", "-n", "1", "--json", "-C", repo.dir]);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout).commits[0].changes).toEqual([
    { kind: "renamed", type: "epic", id: "sign-in", title: "Authentication", from: "auth", to: "sign-in" },
    {
      kind: "changed",
      type: "epic",
      id: "sign-in",
      title: "Authentication",
      field: "status",
      from: "planned",
      to: "done",
    },
  ]);
  expect(runCli(["log", "auth", "-C", repo.dir]).stdout).toContain("Q1 plan");
});

test("review: the committed epic is delivered under its new id", () => {
  const result = runCli(["review", "2026-Q1", "--json", "--today", "2026-04-10", "-C", repo.dir]);
  expect(result.code).toBe(0);
  const report = JSON.parse(result.stdout);
  expect(report.epics).toEqual([
    expect.objectContaining({ id: "sign-in", result: "delivered", due_before: "2026-03-31" }),
  ]);
  expect(report.summary).toMatchObject({ committed: 1, delivered: 1, dropped: 0, added: 0 });
});

test("two items sharing a title are not paired: a removal and an addition stay what they are", () => {
  const other = createRepo({
    ...smallRoadmap(""),
    "epics/a.yaml": "title: Same\ntheme: growth\n",
    "epics/b.yaml": "title: Same\ntheme: growth\nstatus: planned\n",
  });
  try {
    other.commit("Two epics titled Same", { day: 1 });
    other.write({ "epics/a.yaml": undefined, "epics/c.yaml": "title: Same\ntheme: growth\nstatus: done\n" });
    other.write({
      "epics/b.yaml": undefined,
      "epics/d.yaml": "title: Same\ntheme: growth\nstatus: dropped\n",
    });
    other.commit("Swap them", { day: 2 });
    const result = runCli(["log", "-n", "1", "--json", "-C", other.dir]);
    const kinds = JSON.parse(result.stdout).commits[0].changes.map((change: { kind: string }) => change.kind);
    expect(kinds.sort()).toEqual(["added", "added", "removed", "removed"]);
  } finally {
    other.remove();
  }
});
