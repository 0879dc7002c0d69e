import { expect, test } from "vitest";
import { makeRoadmap, makeStory } from "../../lint/test-roadmap.js";
import { buildRoadmap, type Located } from "../../model/roadmap.js";
import type { Epic, Theme } from "../../model/schemas.js";
import { detailLines } from "./detail-lines.js";

const theme: Located<Theme> = {
  id: "growth",
  file: "themes/growth.yaml",
  data: {
    title: "Growth",
    status: "active",
    goals: [
      { metric: "sign-ups", target: 500, baseline: 320, unit: "users" },
      { metric: "churn", target: 3, unit: "%" },
    ],
  },
};
const epic: Located<Epic> = {
  id: "sso",
  file: "epics/sso.yaml",
  data: {
    title: "SSO",
    theme: "growth",
    status: "planned",
    start: "2027-01-10",
    end: "2027-02-01",
    depends_on: ["audit-log", "backups"],
    requested_by: [{ source: "customer", name: "Globex" }, { source: "sales" }],
    stories: [
      { id: "saml", title: "SAML", status: "done", points: 8, acceptance: ["Okta works"] },
      { id: "scim", title: "SCIM", status: "todo" },
    ],
  },
};
const roadmap = buildRoadmap({ themes: [theme], epics: [epic] });

test("a theme: status, goals with units", () => {
  expect(detailLines({ kind: "theme", item: theme }, roadmap)).toEqual([
    "Theme growth: Growth",
    "Status: active",
    "Goal: sign-ups 320 users → 500 users",
    "Goal: churn 3%",
  ]);
});

test("an epic: dates, dependencies, requesters, stories with acceptance", () => {
  expect(detailLines({ kind: "epic", item: epic }, roadmap)).toEqual([
    "Epic sso: SSO",
    "Status: planned",
    "Milestone: unscheduled",
    "Dates: 2027-01-10 → 2027-02-01",
    "Depends on: audit-log, backups",
    "Requested by: Globex (customer), sales",
    "",
    "Stories (1/2 done):",
    "✓ SAML · 8pt",
    "    - Okta works",
    "○ SCIM",
  ]);
});

test("a story on its own", () => {
  const story = epic.data.stories![0]!;
  expect(detailLines({ kind: "story", epic, story }, roadmap)).toEqual([
    "Story sso/saml",
    "SAML",
    "Status: done · 8pt",
    "",
    "Acceptance:",
    "- Okta works",
  ]);
});

test("an epic names its health and the epics it continues and that continue it", () => {
  const older: Located<Epic> = {
    id: "sso-v1",
    file: "epics/sso-v1.yaml",
    data: { title: "SSO, first part", theme: "growth", status: "dropped" },
  };
  const newer: Located<Epic> = {
    id: "sso-v2",
    file: "epics/sso-v2.yaml",
    data: {
      title: "SSO, the rest",
      theme: "growth",
      status: "planned",
      health: "at-risk",
      continues: "sso-v1",
    },
  };
  const linked = buildRoadmap({ themes: [theme], epics: [older, newer] });
  expect(detailLines({ kind: "epic", item: newer }, linked).slice(0, 5)).toEqual([
    "Epic sso-v2: SSO, the rest",
    "Status: planned",
    "Health: at-risk",
    "Milestone: unscheduled",
    "Continues: sso-v1",
  ]);
  expect(detailLines({ kind: "epic", item: older }, linked)).toContain("Continued by: sso-v2");
});

test("links, teams, a story's team (its own or its epic's) and kind", () => {
  const roadmap = makeRoadmap({
    milestones: { m: { links: [{ url: "https://example.org/m" }] } },
    teams: { web: { capacity: { m: 5 } }, api: { capacity: { default: 3 } } },
    epics: {
      e: {
        milestone: "m",
        teams: ["web"],
        links: [{ url: "rfcs/1.md", title: "RFC" }],
        stories: [makeStory("s", { kind: "task", title: "Stabilize" }), makeStory("t", { team: "api" })],
      },
    },
  });
  const epic = roadmap.epicById.get("e")!;
  const epicLines = detailLines({ kind: "epic", item: epic }, roadmap);
  expect(epicLines).toContain("Teams: web");
  expect(epicLines).toContain("Link: RFC <rfcs/1.md>");
  expect(epicLines).toContain("○ Stabilize · task");
  const story = (id: string) =>
    detailLines({ kind: "story", epic, story: epic.data.stories!.find((s) => s.id === id)! }, roadmap);
  expect(story("s")).toEqual(expect.arrayContaining(["Task e/s", "Team: web (the epic's)"]));
  expect(story("t")).toEqual(expect.arrayContaining(["Story e/t", "Team: api"]));
  const milestoneLines = detailLines({ kind: "milestone", item: roadmap.milestoneById.get("m")! }, roadmap);
  expect(milestoneLines).toEqual(
    expect.arrayContaining([
      "Link: https://example.org/m",
      "Team api: capacity 3 points",
      "Team web: capacity 5 points",
    ]),
  );
});
