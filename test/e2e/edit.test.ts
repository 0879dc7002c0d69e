// The edit commands (docs/edit.md) from the built CLI, on copies of a fixture road map:
// what each writes, that comments survive, that references follow a rename, and that a refused
// edit leaves every byte as it was.
import {
  chmodSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "roadmap-edit-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let copies = 0;

/** A fresh copy of the fixture road map. */
function copy(): string {
  const dir = join(temp, `roadmap-${++copies}`);
  cpSync(fixture("edit/roadmap"), dir, { recursive: true });
  return dir;
}

/** Every file below `dir` with its bytes and mode, to prove nothing changed. */
function snapshot(dir: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(files, snapshot(dir, path));
    else
      files[path] =
        `${statSync(join(dir, path)).mode.toString(8)} ${readFileSync(join(dir, path), "base64")}`;
  }
  return files;
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");
const edit = (dir: string, ...args: string[]) => runCli([...args, "-C", dir, "--today", "2026-02-01"]);

describe("roadmap set", () => {
  test("types values as the schema wants and keeps every comment above, beside and below", () => {
    const dir = copy();
    const result = edit(dir, "set", "sso", "milestone=2026-q2", "status=in-progress", "labels+=security");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(read(dir, "epics/growth/sso.yaml")).toBe(
      read(fixture("edit/roadmap"), "epics/growth/sso.yaml")
        .replace("milestone: 2026-q1", "milestone: 2026-q2")
        .replace("status: planned", "status: in-progress")
        .replace("labels: [auth]", "labels: [auth, security]"),
    );
    expect(result.stdout).toBe(
      [
        "set: 3 changes: 1 rescheduled (1 slipped), 1 status change, 1 other change",
        "",
        "Rescheduled",
        "  ! epic sso Single sign-on: milestone 2026-q1 -> 2026-q2 (ends 2026-03-31 -> 2026-06-30)  slipped",
        "",
        "Status changes",
        "  ~ epic sso Single sign-on: status planned -> in-progress",
        "",
        "Other changes",
        "  ~ epic sso Single sign-on: labels [auth] -> [auth, security]",
        "",
        "changed epics/growth/sso.yaml",
        "",
      ].join("\n"),
    );
  });

  test("a story's keys, and points typed as a number", () => {
    const dir = copy();
    expect(edit(dir, "set", "sso/saml", "points=5", "status=done").code).toBe(0);
    expect(read(dir, "epics/growth/sso.yaml")).toContain(
      "    # above points\n    points: 5 # beside points\n    # below points\n    status: done\n",
    );
  });

  test("a key that holds an id is written as a string even when it is digits", () => {
    const dir = copy();
    expect(
      edit(dir, "new", "milestone", "2026", "title=The year", "start=2026-01-01", "end=2026-12-31").code,
    ).toBe(0);
    expect(edit(dir, "set", "audit-log", "milestone=2026").code).toBe(0);
    expect(read(dir, "epics/platform/audit-log.yaml")).toContain('milestone: "2026"\n');
    expect(runCli(["validate", "-C", dir]).stdout).toBe("no problems found\n");
  });

  test("key= removes an optional key; its comments stay", () => {
    const dir = copy();
    expect(edit(dir, "set", "sso", "milestone=", "labels-=auth").code).toBe(0);
    const text = read(dir, "epics/growth/sso.yaml");
    expect(text).not.toMatch(/^milestone:|^labels:/m);
    for (const comment of [
      "above milestone",
      "beside milestone",
      "below milestone",
      "above labels",
      "beside labels",
      "below labels",
    ]) {
      expect(text).toContain(`# ${comment}`);
    }
  });

  test("new keys go where fmt puts them; the file stays fmt-clean", () => {
    const dir = copy();
    expect(
      edit(
        dir,
        "set",
        "sso",
        "owner=Ana",
        "score={reach: 100, impact: 2, confidence: 0.5, effort: 1}",
        "end=2026-03-15",
      ).code,
    ).toBe(0);
    // score comes before labels in the format's order; the comments above labels stay with it.
    expect(read(dir, "epics/growth/sso.yaml")).toContain(
      "status: planned # beside status\nowner: Ana\nend: 2026-03-15\nscore:\n  reach: 100\n  impact: 2\n  confidence: 0.5\n  effort: 1\n# below status\n# above labels\nlabels: [auth]",
    );
    expect(runCli(["fmt", "--check", "-C", dir]).code).toBe(0);
  });

  test("--dry-run prints the changes and writes nothing", () => {
    const dir = copy();
    const before = snapshot(dir);
    const result = edit(dir, "set", "sso", "status=done", "--dry-run");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("would change epics/growth/sso.yaml\n(dry run: nothing written)\n");
    expect(snapshot(dir)).toEqual(before);
  });

  test("--json: the changes (diff's shape) and the files", () => {
    const dir = copy();
    const result = edit(dir, "set", "sso", "status=done", "--json");
    expect(JSON.parse(result.stdout)).toEqual({
      changes: [
        {
          kind: "changed",
          type: "epic",
          id: "sso",
          title: "Single sign-on",
          field: "status",
          from: "planned",
          to: "done",
        },
      ],
      files: [{ path: "epics/growth/sso.yaml", action: "changed" }],
      dry_run: false,
    });
  });

  test("a value the file already has: no changes, nothing written", () => {
    const dir = copy();
    const before = snapshot(dir);
    const result = edit(dir, "set", "sso", "status=planned");
    expect(result.stdout).toBe("set: no changes (the road map already says so); nothing written\n");
    expect(result.code).toBe(0);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("refused edits leave every byte as it was", () => {
  test.each([
    [["set", "ssso", "status=done"], 2, 'roadmap: no item "ssso" (did you mean "sso"?)\n'],
    [
      ["set", "sso/samll", "status=done"],
      2,
      'roadmap: epic "sso" has no story "samll" (did you mean "saml"?)\n',
    ],
    [
      ["set", "sso", "milestne=2026-q2"],
      2,
      'roadmap: unknown key "milestne" for an epic (did you mean "milestone"?)\n',
    ],
    [["set", "sso/saml", "points=three"], 2, 'roadmap: "points" must be a number (got "three")\n'],
    [
      ["set", "sso", "status=doen"],
      2,
      'roadmap: "status" must be one of proposed, planned, in-progress, done, dropped (got "doen") (did you mean "done"?)\n',
    ],
    [["set", "sso", "title="], 2, 'roadmap: "title" is required in an epic and cannot be removed\n'],
    [["set", "sso", "labels-=growth"], 2, 'roadmap: "labels" of epic sso has no "growth"\n'],
    [
      ["new", "epic", "sso", "title=Again", "theme=growth"],
      2,
      'roadmap: epic "sso" already exists (epics/growth/sso.yaml)\n',
    ],
    [
      ["new", "epik", "x"],
      2,
      'roadmap: cannot make a new "epik" (did you mean "epic"?); use one of: theme, milestone, epic, story, idea, team\n',
    ],
    [
      ["mv", "sso", "audit-log"],
      2,
      'roadmap: epic "audit-log" already exists (epics/platform/audit-log.yaml)\n',
    ],
    [
      ["mv", "sso", "Single_Sign_On"],
      2,
      'roadmap: "Single_Sign_On" is not a valid epic id: use lowercase letters, digits and dashes, starting with a letter or digit, at most 64 characters\n',
    ],
    // A story name with a second slash is refused whole, never cut to its first two parts.
    [
      ["new", "story", "sso/saml-v2/extra", "title=X"],
      2,
      'roadmap: "saml-v2/extra" is not a valid story id: use lowercase letters, digits and dashes, starting with a letter or digit, at most 64 characters\n',
    ],
    [["set", "sso/saml/extra", "status=done"], 2, 'roadmap: epic "sso" has no story "saml/extra"\n'],
    [
      ["new", "story", "sso/totp", "title=X", "--folder", "growth"],
      2,
      "roadmap: --folder names a subfolder for a new file; a story goes in its epic's file\n",
    ],
    [
      ["mv", "sso/saml", "sso/saml-login/extra"],
      2,
      'roadmap: "saml-login/extra" is not a valid story id: use lowercase letters, digits and dashes, starting with a letter or digit, at most 64 characters\n',
    ],
    [["promote", "okta"], 2, 'roadmap: idea "okta" is already promoted to epic "sso"\n'],
    [["promote", "dark-mod"], 2, 'roadmap: no idea "dark-mod" (did you mean "dark-mode"?)\n'],
  ])("%j: exit %i", (args, code, message) => {
    const dir = copy();
    const before = snapshot(dir);
    const result = edit(dir, ...args);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(code);
    expect(snapshot(dir)).toEqual(before);
  });

  test("an edit that would make the road map invalid: the diagnostics, exit 1", () => {
    const dir = copy();
    const before = snapshot(dir);
    const result = runCli(["set", "sso", "milestone=2026-q3", "score.reach=-5"], { cwd: dir });
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      [
        'epics/growth/sso.yaml:5:12  error  milestone "2026-q3" does not exist (did you mean "2026-q1"?)  unknown-reference',
        'epics/growth/sso.yaml:10:3  error  missing required key "confidence" in score  schema',
        'epics/growth/sso.yaml:10:3  error  missing required key "effort" in score  schema',
        'epics/growth/sso.yaml:10:3  error  missing required key "impact" in score  schema',
        'epics/growth/sso.yaml:10:10  error  "score.reach" must be at least 0 (found -5)  schema',
        "5 errors: 4 schema, 1 unknown-reference",
        "roadmap: nothing written: the set would leave the road map with 5 errors (above)",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });

  test("a write that cannot be made (a read-only file among several): exit 2, every file unchanged", () => {
    const dir = copy();
    chmodSync(join(dir, "ideas/enterprise/okta.yaml"), 0o444);
    const before = snapshot(dir);
    const result = edit(dir, "mv", "sso", "single-sign-on");
    expect(result.stderr).toMatch(
      /^roadmap: cannot write ideas\/enterprise\/okta\.yaml: is read-only \(mode 0444\).*; nothing written \(every file is as it was\)\n$/,
    );
    expect(result.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  test("a road map with errors elsewhere can still be edited; a note says they remain", () => {
    const dir = copy();
    writeFileSync(join(dir, "ideas/broken.yaml"), "title: [unclosed\n");
    const result = edit(dir, "set", "sso", "status=done");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "roadmap: note: the road map still has 1 error it had before this set (run roadmap validate)\n",
    );
  });
});

describe("roadmap new", () => {
  test("each kind: the file in its folder, keys in the format's order, the schema modeline first", () => {
    const dir = copy();
    const steps = [
      ["new", "theme", "partners", "title=Grow through partners", "owner=Ana"],
      [
        "new",
        "milestone",
        "2026-q3",
        "end=2026-09-30",
        "start=2026-07-01",
        "title=Q3 2026",
        "theme=partners",
      ],
      [
        "new",
        "epic",
        "reseller-portal",
        "theme=partners",
        "title=Reseller portal",
        "milestone=2026-q3",
        "labels=partners,portal",
      ],
      [
        "new",
        "story",
        "reseller-portal/sign-up",
        "title=As a reseller, I want to sign up so that I can sell",
        "points=3",
      ],
      [
        "new",
        "idea",
        "co-marketing",
        "title=Co-marketing kit",
        "requested_by+={source: sales, note: Two partners asked}",
      ],
    ];
    for (const step of steps) expect(edit(dir, ...step).code, step.join(" ")).toBe(0);
    const modeline = (kind: string) => `# yaml-language-server: $schema=../.schemas/${kind}.schema.json\n`;
    expect(read(dir, "themes/partners.yaml")).toBe(
      `${modeline("theme")}title: Grow through partners\nowner: Ana\n`,
    );
    expect(read(dir, "milestones/2026-q3.yaml")).toBe(
      `${modeline("milestone")}title: Q3 2026\nstart: 2026-07-01\nend: 2026-09-30\ntheme: partners\n`,
    );
    expect(read(dir, "epics/reseller-portal.yaml")).toBe(
      `${modeline("epic")}title: Reseller portal\ntheme: partners\nmilestone: 2026-q3\nlabels: [partners, portal]\nstories:\n  - id: sign-up\n    title: As a reseller, I want to sign up so that I can sell\n    points: 3\n`,
    );
    // docs/edit.md: a new idea records the day it came in.
    expect(read(dir, "ideas/co-marketing.yaml")).toBe(
      `${modeline("idea")}title: Co-marketing kit\nsubmitted: 2026-02-01\nrequested_by:\n  - source: sales\n    note: Two partners asked\n`,
    );
    expect(runCli(["validate", "-C", dir]).stdout).toBe("no problems found\n");
    expect(runCli(["fmt", "--check", "-C", dir]).code).toBe(0);
  });

  test("an epic goes where its theme's epics are; --folder chooses", () => {
    const dir = copy();
    expect(edit(dir, "new", "epic", "mfa", "title=Two-factor", "theme=growth").stdout).toContain(
      "created epics/growth/mfa.yaml\n",
    );
    expect(
      edit(dir, "new", "idea", "sso-for-all", "title=SSO for all plans", "--folder", "enterprise").stdout,
    ).toContain("created ideas/enterprise/sso-for-all.yaml\n");
  });

  test("an epic without its theme: the validation error, exit 1, nothing written", () => {
    const dir = copy();
    const before = snapshot(dir);
    const result = edit(dir, "new", "epic", "mfa", "title=Two-factor");
    expect(result.stderr).toContain('epics/mfa.yaml:2:1  error  missing required key "theme"  schema\n');
    expect(result.code).toBe(1);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("roadmap mv", () => {
  test("an epic: its file moves within its subfolder; depends_on, continues and promoted_to follow", () => {
    const dir = copy();
    const result = edit(dir, "mv", "audit-log", "audit-trail");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "removed epics/platform/audit-log.yaml\ncreated epics/platform/audit-trail.yaml\nchanged epics/platform/audit-v2.yaml\n",
    );
    expect(read(dir, "epics/platform/audit-v2.yaml")).toContain("continues: audit-trail\n");
    expect(edit(dir, "mv", "sso", "single-sign-on").code).toBe(0);
    expect(read(dir, "epics/platform/audit-trail.yaml")).toContain("depends_on: [single-sign-on]\n");
    expect(read(dir, "ideas/enterprise/okta.yaml")).toContain("promoted_to: single-sign-on\n");
    expect(read(dir, "epics/growth/single-sign-on.yaml")).toBe(
      read(fixture("edit/roadmap"), "epics/growth/sso.yaml"),
    );
    expect(runCli(["validate", "-C", dir]).stdout).toBe("no problems found\n");
  });

  test("a theme: milestones, epics and ideas in every subfolder follow", () => {
    const dir = copy();
    const result = edit(dir, "mv", "growth", "acquisition");
    expect(result.code).toBe(0);
    expect(read(dir, "milestones/2026-q1.yaml")).toContain("theme: acquisition\n");
    expect(read(dir, "epics/growth/sso.yaml")).toContain("theme: acquisition\n");
    expect(read(dir, "ideas/enterprise/okta.yaml")).toContain("theme: acquisition\n");
    expect(runCli(["validate", "-C", dir]).stdout).toBe("no problems found\n");
  });

  test("a milestone: its epics follow, comments beside kept", () => {
    const dir = copy();
    expect(edit(dir, "mv", "2026-q1", "q1").code).toBe(0);
    expect(read(dir, "epics/growth/sso.yaml")).toContain("milestone: q1 # beside milestone\n");
    expect(runCli(["validate", "-C", dir]).stdout).toBe("no problems found\n");
  });

  test("a story, within its epic; an idea", () => {
    const dir = copy();
    expect(edit(dir, "mv", "sso/saml", "saml-login").code).toBe(0);
    expect(read(dir, "epics/growth/sso.yaml")).toContain("  - id: saml-login\n");
    expect(edit(dir, "mv", "dark-mode", "themes-dark").stdout).toContain("> idea dark-mode -> themes-dark");
    expect(read(dir, "ideas/themes-dark.yaml")).toContain("title: Dark mode\n");
  });

  test("a name two kinds share must say which", () => {
    const dir = copy();
    expect(edit(dir, "new", "idea", "sso", "title=Sign in once").code).toBe(0);
    const result = edit(dir, "mv", "sso", "login");
    expect(result.stderr).toBe('roadmap: "sso" is an epic and an idea; say which: epic:sso or idea:sso\n');
    expect(result.code).toBe(2);
    expect(edit(dir, "mv", "idea:sso", "login").code).toBe(0);
  });
});

describe("roadmap promote", () => {
  test("writes the epic from the idea (title, description, requests, score) and marks the idea", () => {
    const dir = copy();
    const result = edit(dir, "promote", "dark-mode", "--milestone", "2026-q2", "--as", "dark-theme");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "promote: 3 changes: 1 added, 1 status change, 1 other change",
        "",
        "Added",
        "  + epic dark-theme Dark mode",
        "",
        "Status changes",
        "  ~ idea dark-mode Dark mode: status triaged -> promoted",
        "",
        "Other changes",
        "  ~ idea dark-mode Dark mode: promoted_to (none) -> dark-theme",
        "",
        "created epics/platform/dark-theme.yaml",
        "changed ideas/dark-mode.yaml",
        "",
      ].join("\n"),
    );
    expect(read(dir, "epics/platform/dark-theme.yaml")).toBe(
      [
        "# yaml-language-server: $schema=../../.schemas/epic.schema.json",
        "title: Dark mode",
        "theme: platform",
        "milestone: 2026-q2",
        "description: The app in dark colours, for late work.",
        "requested_by:",
        "  - source: customer",
        "    name: Globex",
        "  - source: support",
        "score:",
        "  reach: 300",
        "  impact: 1",
        "  confidence: 0.8",
        "  effort: 2",
        "",
      ].join("\n"),
    );
    expect(read(dir, "ideas/dark-mode.yaml")).toMatch(/status: promoted\n[\s\S]*promoted_to: dark-theme\n$/);
    const ideas = JSON.parse(edit(dir, "ideas", "--json").stdout).ideas;
    expect(ideas.find((idea: { id: string }) => idea.id === "dark-mode").epic).toEqual({
      id: "dark-theme",
      status: "proposed",
      progress: 0,
    });
  });

  test("by default the epic takes the idea's id, and that id then names the epic", () => {
    const dir = copy();
    expect(edit(dir, "promote", "dark-mode").stdout).toContain("created epics/platform/dark-mode.yaml\n");
    expect(edit(dir, "set", "dark-mode", "status=planned").stdout).toContain(
      "~ epic dark-mode Dark mode: status proposed -> planned",
    );
    expect(
      edit(dir, "set", "idea:dark-mode", "decision=Night shifts are a third of Globex's users").code,
    ).toBe(0);
    expect(read(dir, "ideas/dark-mode.yaml")).toContain(
      "decision: Night shifts are a third of Globex's users\n",
    );
  });

  test("--theme when the idea names none; an unknown theme is named with a hint", () => {
    const dir = copy();
    expect(edit(dir, "new", "idea", "offline", "title=Offline mode").code).toBe(0);
    expect(edit(dir, "promote", "offline").stderr).toBe(
      'roadmap: idea "offline" names no theme: promote it with --theme <id>\n',
    );
    expect(edit(dir, "promote", "offline", "--theme", "platfrom").stderr).toBe(
      'roadmap: no theme "platfrom" (did you mean "platform"?)\n',
    );
    expect(edit(dir, "promote", "offline", "--theme", "platform").code).toBe(0);
  });
});

describe("teams (SPEC 12)", () => {
  test("new team with capacity per milestone; set a milestone's capacity; mv follows milestones and teams", () => {
    const dir = copy();
    expect(
      edit(dir, "new", "team", "web", "title=Web team", "capacity={default: 20, 2026-q1: 12}").code,
    ).toBe(0);
    expect(edit(dir, "set", "sso", "teams+=web").code).toBe(0);
    expect(edit(dir, "set", "sso/saml", "team=web").code).toBe(0);
    expect(edit(dir, "set", "web", "capacity.2026-q2=15").stdout).toContain(
      "~ team web Web team: capacity {default: 20, 2026-q1: 12} -> {default: 20, 2026-q1: 12, 2026-q2: 15}",
    );
    expect(edit(dir, "mv", "2026-q1", "q1").code).toBe(0);
    expect(read(dir, "teams/web.yaml")).toContain("capacity:\n  default: 20\n  q1: 12\n  2026-q2: 15\n");
    expect(edit(dir, "mv", "web", "frontend").code).toBe(0);
    expect(read(dir, "epics/growth/sso.yaml")).toContain("teams: [frontend]\n");
    expect(read(dir, "epics/growth/sso.yaml")).toContain("    team: frontend\n");
    expect(runCli(["validate", "-C", dir]).stdout).toBe("no problems found\n");
  });
});
