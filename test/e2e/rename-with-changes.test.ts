// A rename is the same content under a new id (docs/history.md): `roadmap mv` committed on
// its own reads as a rename, and followed by `review`; `mv` and `set` of the same item in one
// commit read as a removal and an addition (docs/edit.md says to commit a `mv` on its own).
import { afterAll, beforeAll, expect, test } from "vitest";
import { createRepo, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

let repo: TempRepo;
const edit = (...args: string[]) => runCli([...args, "-C", repo.dir, "--today", "2026-01-10"]);
const lastChanges = () =>
  JSON.parse(runCli(["log", "-n", "1", "--json", "-C", repo.dir]).stdout).commits[0].changes;

beforeAll(() => {
  repo = createRepo(smallRoadmap(""));
  repo.commit("Q1 plan", { day: 1 });
});
afterAll(() => repo.remove());

test("mv committed on its own: a rename, followed by review under the new id", () => {
  expect(edit("mv", "auth", "sign-in").code).toBe(0);
  repo.commit("Rename auth to sign-in", { day: 10 });
  expect(lastChanges()).toEqual([
    { kind: "renamed", type: "epic", id: "sign-in", title: "Authentication", from: "auth", to: "sign-in" },
  ]);
  expect(edit("set", "sign-in", "status=done").code).toBe(0);
  repo.commit("sign-in shipped", { day: 11 });
  const review = runCli(["review", "2026-Q1", "--json", "--today", "2026-04-10", "-C", repo.dir]);
  expect(review.code).toBe(0);
  const report = JSON.parse(review.stdout);
  expect(report.epics).toEqual([expect.objectContaining({ id: "sign-in", result: "delivered" })]);
  expect(report.summary).toMatchObject({ committed: 1, delivered: 1, dropped: 0, added: 0 });
});

test("mv and set of the same item in one commit: the old id removed, the new one added", () => {
  expect(edit("mv", "sign-in", "login").code).toBe(0);
  expect(edit("set", "login", "status=in-progress").code).toBe(0);
  repo.commit("Rename sign-in to login and reopen it", { day: 12 });
  const kinds = lastChanges().map((change: { kind: string; id: string }) => `${change.kind} ${change.id}`);
  expect(kinds.sort()).toEqual(["added login", "removed sign-in"]);
});
