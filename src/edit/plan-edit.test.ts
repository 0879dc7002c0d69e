import { describe, expect, test } from "vitest";
import { epicSchema } from "../model/schemas.js";
import { parseYamlFile } from "../parse/parse-yaml.js";
import type { SourceListing } from "../parse/source-files.js";
import { parseAssignment } from "./assignment.js";
import { fieldsOf } from "./field-types.js";
import { type Edit, type EditInput, planEdit } from "./plan-edit.js";

const encoder = new TextEncoder();

function input(files: Record<string, string>): EditInput {
  const listing: SourceListing = {
    files: Object.entries(files).map(([path, text]) => ({ path, bytes: encoder.encode(text) })),
    findings: [],
    hasMission: true,
  };
  return {
    listing,
    parsed: new Map(listing.files.map((file) => [file.path, parseYamlFile(file.path, file.bytes)])),
  };
}

const base = {
  "mission.yaml": "name: Acme\nmission: Help\n",
  "themes/growth.yaml": "title: Growth\n",
  "milestones/q1.yaml": "title: Q1\nstart: 2026-01-01\nend: 2026-03-31\n",
  "milestones/2026.yaml": "title: The year\nstart: 2026-01-01\nend: 2026-12-31\n",
  "epics/growth/sso.yaml": [
    "# yaml-language-server: $schema=x",
    "title: Single sign-on",
    "theme: growth",
    "# when it ships",
    "milestone: q1 # for now",
    "# above status",
    "status: planned",
    "labels: [auth]",
    "stories:",
    "  - id: saml",
    "    title: As an admin, I want SAML so that staff sign in once",
    "    points: 3",
    "# the end",
    "",
  ].join("\n"),
  "epics/audit.yaml": "title: Audit log\ntheme: growth\ndepends_on: [sso]\n",
  "ideas/okta.yaml": "title: Okta\nstatus: promoted\npromoted_to: sso\n",
};

const set = (id: string, ...assignments: string[]): Edit => ({
  type: "change",
  item: { kind: id.includes("/") ? "story" : "epic", id },
  changes: assignments.map((text) =>
    parseAssignment(
      text,
      fieldsOf(id.includes("/") ? epicSchema.shape.stories._zod.def.innerType._zod.def.element : epicSchema),
      "",
    ),
  ),
});

function textOf(plan: ReturnType<typeof planEdit>, path: string): string | undefined {
  return plan.files.find((file) => file.path === path)?.text;
}

describe("set", () => {
  test("changes values in place, keeps every comment, adds keys where fmt would", () => {
    const plan = planEdit(input(base), [
      set("sso", "milestone=2026", "status=in-progress", "owner=Ana", "labels+=security"),
    ]);
    expect(plan.problems).toEqual([]);
    expect(textOf(plan, "epics/growth/sso.yaml")).toBe(
      [
        "# yaml-language-server: $schema=x",
        "title: Single sign-on",
        "theme: growth",
        "# when it ships",
        'milestone: "2026" # for now',
        "# above status",
        "status: in-progress",
        "owner: Ana",
        "labels: [auth, security]",
        "stories:",
        "  - id: saml",
        "    title: As an admin, I want SAML so that staff sign in once",
        "    points: 3",
        "# the end",
        "",
      ].join("\n"),
    );
    expect(plan.changes.map((change) => `${change.type} ${change.id} ${change.field}`)).toEqual([
      "epic sso milestone",
      "epic sso status",
      "epic sso owner",
      "epic sso labels",
    ]);
  });

  test("removing a key keeps the comments above and beside it", () => {
    const plan = planEdit(input(base), [set("sso", "milestone=")]);
    expect(textOf(plan, "epics/growth/sso.yaml")).toContain(
      "theme: growth\n# when it ships\n for now\n# above status\nstatus: planned\n".replace(
        "\n for",
        "\n# for",
      ),
    );
  });

  test("a story's keys", () => {
    const plan = planEdit(input(base), [set("sso/saml", "status=done", "points=5")]);
    expect(textOf(plan, "epics/growth/sso.yaml")).toContain("    points: 5\n    status: done\n# the end\n");
  });

  test("an edit that would break the road map is a problem, and no change is lost in the plan", () => {
    const plan = planEdit(input(base), [set("sso", "milestone=q9")]);
    expect(plan.problems.map((finding) => finding.message)).toEqual([
      'milestone "q9" does not exist (did you mean "q1"?)',
    ]);
  });
});

describe("rename", () => {
  test("moves the file within its subfolder and rewrites every reference", () => {
    const plan = planEdit(input(base), [
      { type: "rename", item: { kind: "epic", id: "sso" }, to: "single-sign-on" },
    ]);
    expect(plan.problems).toEqual([]);
    expect(
      plan.files.map((file) => [
        file.path,
        file.text === undefined ? "removed" : file.before === undefined ? "new" : "changed",
      ]),
    ).toEqual([
      ["epics/audit.yaml", "changed"],
      ["epics/growth/single-sign-on.yaml", "new"],
      ["epics/growth/sso.yaml", "removed"],
      ["ideas/okta.yaml", "changed"],
    ]);
    expect(textOf(plan, "epics/audit.yaml")).toBe(
      "title: Audit log\ntheme: growth\ndepends_on: [single-sign-on]\n",
    );
    expect(textOf(plan, "ideas/okta.yaml")).toContain("promoted_to: single-sign-on\n");
    expect(
      plan.changes.map((change) => `${change.kind} ${change.type} ${change.id} ${change.field ?? ""}`.trim()),
    ).toEqual([
      "changed epic audit depends_on",
      "renamed epic single-sign-on",
      "changed idea okta promoted_to",
    ]);
  });

  test("a milestone's epics follow it", () => {
    const plan = planEdit(input(base), [
      { type: "rename", item: { kind: "milestone", id: "q1" }, to: "2026-q1" },
    ]);
    expect(textOf(plan, "epics/growth/sso.yaml")).toContain("milestone: 2026-q1 # for now\n");
  });
});

describe("create", () => {
  test("an epic where its theme's epics are, keys in canonical order, with the header", () => {
    const files = {
      ...base,
      "epics/audit.yaml": "title: Audit log\ntheme: platform\n",
      "themes/platform.yaml": "title: P\n",
    };
    const plan = planEdit({ ...input(files), headerOf: (kind, path) => `# ${kind} ${path}\n` }, [
      {
        type: "create",
        item: { kind: "epic", id: "mfa" },
        values: { theme: "growth", title: "Two-factor", depends_on: ["sso"] },
      },
    ]);
    expect(plan.problems).toEqual([]);
    expect(textOf(plan, "epics/growth/mfa.yaml")).toBe(
      "# epic epics/growth/mfa.yaml\ntitle: Two-factor\ntheme: growth\ndepends_on: [sso]\n",
    );
    expect(plan.changes).toMatchObject([{ kind: "added", type: "epic", id: "mfa" }]);
  });

  test("a story at the end of its epic's list", () => {
    const plan = planEdit(input(base), [
      {
        type: "create",
        item: { kind: "story", id: "sso/oidc" },
        values: { title: "As a user, I want OIDC so that it works", points: 2 },
      },
    ]);
    expect(textOf(plan, "epics/growth/sso.yaml")).toContain(
      "    points: 3\n  - id: oidc\n    title: As a user, I want OIDC so that it works\n    points: 2\n",
    );
  });

  test.each([
    [{ kind: "epic", id: "sso" }, 'epic "sso" already exists (epics/growth/sso.yaml)'],
    [{ kind: "epic", id: "Bad_Id" }, '"Bad_Id" is not a valid epic id'],
    [{ kind: "story", id: "sso/saml" }, 'epic "sso" already has a story "saml"'],
    [{ kind: "story", id: "ssso/x" }, 'no epic "ssso" (did you mean "sso"?)'],
  ] as const)("refused: %j", (item, message) => {
    expect(() => planEdit(input(base), [{ type: "create", item, values: { title: "x" } }])).toThrow(message);
  });
});
