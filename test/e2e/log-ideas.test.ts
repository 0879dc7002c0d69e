// `roadmap log` follows ideas (the intake) like epics: added, changed (a promotion), and with an
// id, one idea's history, including the epic it was promoted to being added.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createRepo, smallRoadmap, type TempRepo } from "../git-repo.js";
import { runCli } from "../run-cli.js";

let repo: TempRepo;

beforeAll(() => {
  repo = createRepo(smallRoadmap(""));
  repo.commit("Initial road map", { day: 1 });
  repo.write({ "ideas/sso.yaml": "title: Sign in with Okta\nsubmitted: 2026-01-02\n" });
  repo.commit("An idea comes in", { day: 2 });
  repo.write({ "ideas/sso.yaml": "title: Sign in with Okta\nstatus: triaged\nsubmitted: 2026-01-02\n" });
  repo.commit("Triage", { day: 3 });
  repo.write({
    "ideas/sso.yaml":
      "title: Sign in with Okta\nstatus: promoted\nsubmitted: 2026-01-02\npromoted_to: auth\n",
  });
  repo.commit("Promote to auth", { day: 4 });
});
afterAll(() => repo.remove());

test("log lists idea changes after the epics of each commit", () => {
  const result = runCli(["log", "--json", "-C", repo.dir]);
  expect(result.code).toBe(0);
  const commits = JSON.parse(result.stdout).commits as { subject: string; changes: object[] }[];
  expect(commits.map((commit) => [commit.subject, commit.changes])).toEqual([
    [
      "Promote to auth",
      [
        {
          kind: "changed",
          type: "idea",
          id: "sso",
          title: "Sign in with Okta",
          field: "status",
          from: "triaged",
          to: "promoted",
        },
        {
          kind: "changed",
          type: "idea",
          id: "sso",
          title: "Sign in with Okta",
          field: "promoted_to",
          to: "auth",
        },
      ],
    ],
    [
      "Triage",
      [
        {
          kind: "changed",
          type: "idea",
          id: "sso",
          title: "Sign in with Okta",
          field: "status",
          from: "new",
          to: "triaged",
        },
      ],
    ],
    ["An idea comes in", [{ kind: "added", type: "idea", id: "sso", title: "Sign in with Okta" }]],
    ["Initial road map", expect.any(Array)],
  ]);
});

test("log <idea-id>: that idea's history", () => {
  const result = runCli(["log", "sso", "-C", repo.dir]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("+ idea sso Sign in with Okta");
  expect(result.stdout).toContain("~ idea sso Sign in with Okta: status triaged -> promoted");
  expect(result.stdout).not.toContain("Initial road map");
});
