import { describe, expect, test } from "vitest";
import type { Roadmap } from "../model/roadmap.js";
import { validateSources } from "../validate/validate-roadmap.js";
import { diffRoadmaps } from "./diff.js";

const base: Record<string, string> = {
  "mission.yaml": "name: Acme\nmission: Ship it\n",
  "themes/growth.yaml": "title: Growth\n",
  "milestones/q1.yaml": "title: Q1\nstart: 2026-01-01\nend: 2026-03-31\n",
  "milestones/q2.yaml": "title: Q2\nstart: 2026-04-01\nend: 2026-06-30\n",
  "epics/auth.yaml": [
    "title: Authentication",
    "theme: growth",
    "milestone: q2",
    "status: planned",
    "stories:",
    "  - {id: login, title: Log in, points: 3}",
    "  - {id: sso, title: SSO, points: 5, status: in-progress}",
    "",
  ].join("\n"),
};

function roadmapOf(files: Record<string, string | undefined>): Roadmap {
  const encoder = new TextEncoder();
  const present = Object.entries(files).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const listing = {
    files: present.map(([path, text]) => ({ path, bytes: encoder.encode(text) })),
    findings: [],
    hasMission: true,
  };
  const result = validateSources(listing);
  const errors = result.findings.filter((finding) => finding.severity === "error");
  expect(errors).toEqual([]);
  return result.roadmap;
}

function diffAgainstBase(edits: Record<string, string | undefined>) {
  return diffRoadmaps(roadmapOf(base), roadmapOf({ ...base, ...edits }));
}

const epic = (lines: string[]) => `${lines.join("\n")}\n`;

describe("diffRoadmaps", () => {
  test.each([
    {
      name: "no change",
      edits: {},
      expected: [],
    },
    {
      name: "an epic added",
      edits: { "epics/billing.yaml": "title: Billing\ntheme: growth\n" },
      expected: [{ kind: "added", type: "epic", id: "billing", title: "Billing" }],
    },
    {
      name: "an epic removed",
      edits: { "epics/auth.yaml": undefined },
      expected: [{ kind: "removed", type: "epic", id: "auth", title: "Authentication" }],
    },
    {
      name: "an epic renamed (same content, new id)",
      edits: { "epics/auth.yaml": undefined, "epics/login.yaml": base["epics/auth.yaml"] },
      expected: [
        { kind: "renamed", type: "epic", id: "login", title: "Authentication", from: "auth", to: "login" },
      ],
    },
    {
      name: "an epic moved to a later milestone slips",
      edits: { "epics/auth.yaml": base["epics/auth.yaml"]!.replace("milestone: q2", "milestone: q1") },
      expected: [
        {
          kind: "changed",
          type: "epic",
          id: "auth",
          title: "Authentication",
          field: "milestone",
          from: "q2",
          to: "q1",
          ends: { from: "2026-06-30", to: "2026-03-31" },
        },
      ],
    },
    {
      name: "an epic unscheduled: no slip, the old end is kept",
      edits: { "epics/auth.yaml": base["epics/auth.yaml"]!.replace("milestone: q2\n", "") },
      expected: [
        {
          kind: "changed",
          type: "epic",
          id: "auth",
          title: "Authentication",
          field: "milestone",
          from: "q2",
          ends: { from: "2026-06-30" },
        },
      ],
    },
    {
      name: "a milestone's end moved later slips, earlier does not",
      edits: {
        "milestones/q1.yaml": "title: Q1\nstart: 2026-01-01\nend: 2026-04-15\n",
        "milestones/q2.yaml": "title: Q2\nstart: 2026-04-01\nend: 2026-06-15\n",
      },
      expected: [
        {
          kind: "changed",
          type: "milestone",
          id: "q1",
          title: "Q1",
          field: "end",
          from: "2026-03-31",
          to: "2026-04-15",
          slipped: true,
        },
        {
          kind: "changed",
          type: "milestone",
          id: "q2",
          title: "Q2",
          field: "end",
          from: "2026-06-30",
          to: "2026-06-15",
        },
      ],
    },
    {
      name: "story status, points, added, removed and renamed",
      edits: {
        "epics/auth.yaml": epic([
          "title: Authentication",
          "theme: growth",
          "milestone: q2",
          "status: in-progress",
          "stories:",
          "  - {id: sign-in, title: Log in, points: 3}",
          "  - {id: sso, title: SSO, points: 8, status: done}",
          "  - {id: mfa, title: MFA}",
        ]),
      },
      expected: [
        {
          kind: "changed",
          type: "epic",
          id: "auth",
          title: "Authentication",
          field: "status",
          from: "planned",
          to: "in-progress",
        },
        { kind: "added", type: "story", id: "auth/mfa", title: "MFA" },
        {
          kind: "renamed",
          type: "story",
          id: "auth/sign-in",
          title: "Log in",
          from: "auth/login",
          to: "auth/sign-in",
        },
        { kind: "changed", type: "story", id: "auth/sso", title: "SSO", field: "points", from: 5, to: 8 },
        {
          kind: "changed",
          type: "story",
          id: "auth/sso",
          title: "SSO",
          field: "status",
          from: "in-progress",
          to: "done",
        },
      ],
    },
    {
      name: "a story removed, a field set and a list changed",
      edits: {
        "epics/auth.yaml": epic([
          "title: Authentication",
          "theme: growth",
          "milestone: q2",
          "status: planned",
          "owner: ann",
          "labels: [security]",
          "stories:",
          "  - {id: login, title: Log in, points: 3}",
        ]),
      },
      expected: [
        { kind: "changed", type: "epic", id: "auth", title: "Authentication", field: "owner", to: "ann" },
        {
          kind: "changed",
          type: "epic",
          id: "auth",
          title: "Authentication",
          field: "labels",
          to: ["security"],
        },
        { kind: "removed", type: "story", id: "auth/sso", title: "SSO" },
      ],
    },
    {
      name: "mission and theme fields",
      edits: {
        "mission.yaml": "name: Acme\nmission: Ship it faster\n",
        "themes/growth.yaml": "title: Growth\nstatus: paused\n",
      },
      expected: [
        {
          kind: "changed",
          type: "mission",
          id: "mission",
          title: "Acme",
          field: "mission",
          from: "Ship it",
          to: "Ship it faster",
        },
        {
          kind: "changed",
          type: "theme",
          id: "growth",
          title: "Growth",
          field: "status",
          from: "active",
          to: "paused",
        },
      ],
    },
  ])("$name", ({ edits, expected }) => {
    expect(diffAgainstBase(edits)).toEqual(expected);
  });

  test("key order and quoting in the file are not changes", () => {
    const reordered =
      "status: planned\nmilestone: 'q2'\ntheme: growth\ntitle: Authentication\nstories:\n  - {points: 3, title: Log in, id: login}\n  - {id: sso, title: SSO, points: 5, status: in-progress}\n";
    expect(diffAgainstBase({ "epics/auth.yaml": reordered })).toEqual([]);
  });

  test("skipped items (unreadable on one side) are left out", () => {
    const before = roadmapOf(base);
    const after = roadmapOf({ ...base, "epics/auth.yaml": undefined });
    expect(diffRoadmaps(before, after, { skip: new Set(["epic:auth"]) })).toEqual([]);
  });

  test("stories sort after their own epic, before an epic whose id extends it", () => {
    const after = roadmapOf({
      ...base,
      "epics/auth.yaml": base["epics/auth.yaml"]!.replace("status: planned", "status: done").concat(
        "  - {id: z, title: Z}\n",
      ),
      "epics/auth-x.yaml": "title: X\ntheme: growth\n",
    });
    const ids = diffRoadmaps(roadmapOf(base), after).map((change) => `${change.kind} ${change.id}`);
    expect(ids).toEqual(["changed auth", "added auth/z", "added auth-x"]);
  });
});
