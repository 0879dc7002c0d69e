// `roadmap show` on the acme-like fixture: every view, the filters, --depth and --json, with a
// fixed today, width and no colour. Snapshots live in __snapshots__/ beside this file.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const ACME = fixture("show/acme-like");
const ESC = "\u001b[";
const show = (...args: string[]) => runCli(["show", "-C", ACME, "--today", "2026-11-25", ...args]);

describe.each(["tree", "timeline", "now-next-later"])("--view %s", (view) => {
  test.each(["80", "120", "44"])("at width %s", (width) => {
    const result = show("--view", view, "--width", width);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchSnapshot();
  });

  test.each([
    ["--quarter", "current"],
    ["--quarter", "2027-Q1"],
    ["--theme", "platform"],
    ["--milestone", "2026-q4"],
    ["--status", "in-progress,done"],
    ["--owner", "maya"],
  ])("filtered with %s %s", (flag, value) => {
    const result = show("--view", view, "--width", "80", flag, value);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchSnapshot();
  });
});

test("the default view is the tree and the default width 80 when not a TTY", () => {
  expect(show().stdout).toBe(show("--view", "tree", "--width", "80").stdout);
});

test("filters combine", () => {
  const result = show("--theme", "growth", "--quarter", "next", "--status", "planned");
  expect(result.stdout).toMatchSnapshot();
  expect(result.stdout).toContain("Single sign-on (SAML) (sso)");
  expect(result.stdout).not.toContain("Referral programme");
});

test.each(["mission", "theme", "milestone", "epic"])("--depth %s cuts the tree", (depth) => {
  const result = show("--depth", depth);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatchSnapshot();
});

test("--depth milestone draws the timeline without epics", () => {
  const result = show("--view", "timeline", "--depth", "milestone");
  expect(result.stdout).toContain("Holiday hardening");
  expect(result.stdout).not.toContain("Audit log");
});

describe("--json", () => {
  test("prints the whole tree in the SPEC 5 shape", () => {
    const result = show("--json");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchSnapshot();
  });

  test("is the same whatever the view, and --format json is the same", () => {
    const json = show("--json").stdout;
    expect(show("--json", "--view", "timeline").stdout).toBe(json);
    expect(show("--format", "json").stdout).toBe(json);
  });

  test("applies the filters; with a quarter there is nothing unscheduled", () => {
    const tree = JSON.parse(show("--json", "--quarter", "current").stdout);
    const epics = tree.themes.flatMap((theme: { milestones: { epics: { id: string }[] }[] }) =>
      theme.milestones.flatMap((milestone) => milestone.epics.map((epic) => epic.id)),
    );
    expect(epics.sort()).toEqual(["audit-log", "backups", "referrals"]);
    for (const theme of tree.themes) expect(theme.unscheduled).toEqual([]);
  });

  test("epics carry their milestone's dates unless they have their own", () => {
    const tree = JSON.parse(show("--json", "--theme", "growth").stdout);
    const epics = tree.themes[0].milestones.flatMap((m: { epics: unknown[] }) => m.epics);
    const byId = new Map(epics.map((epic: { id: string }) => [epic.id, epic]));
    expect(byId.get("referrals")).toMatchObject({ start: "2026-11-01", end: "2026-12-15" });
    expect(byId.get("sso")).toMatchObject({ start: "2027-01-01", end: "2027-03-31" });
  });
});

describe("bad filter values exit 2 with a hint", () => {
  test.each([
    [["--theme", "platfrom"], 'unknown theme "platfrom" (did you mean "platform"?)'],
    [["--milestone", "2026-q5"], 'unknown milestone "2026-q5"'],
    [["--milestone", "2026"], '--milestone "2026" matches 2: 2026-q3, 2026-q4; name one of them'],
    [["--owner", "mya"], 'unknown owner "mya" (did you mean "Maya"?)'],
    [["--status", "in-progres"], 'unknown status "in-progres" (did you mean "in-progress"?)'],
    [["--quarter", "nxt"], '(did you mean "next"?)'],
    [["--quarter", "2026-Q7"], "--quarter must be YYYY-Qn"],
    [["--view", "gantt"], 'unknown --view "gantt"'],
    [["--depth", "epics"], 'unknown --depth "epics" (did you mean "epic"?)'],
    [["--width", "ten"], "--width must be a whole number"],
  ])("%j", (args, message) => {
    const result = show(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

test.each(
  ["tree", "timeline", "now-next-later"].flatMap((view) =>
    [20, 44, 80, 133].map((width) => [view, width] as const),
  ),
)("%s at width %i: no line past the width, measured in terminal cells", (view, width) => {
  const lines = show("--view", view, "--width", String(width)).stdout.split("\n");
  const widest = Math.max(...lines.map((line) => stringWidth(line)));
  expect(widest).toBeLessThanOrEqual(width);
});

test("colour only when forced; NO_COLOR wins", () => {
  const forced = runCli(["show", "-C", ACME, "--today", "2026-11-25"], {
    env: { NO_COLOR: undefined, FORCE_COLOR: "1" },
  });
  expect(forced.stdout).toContain(ESC);
  expect(show().stdout).not.toContain(ESC);
});

test("a road map with errors: shows what validated, says so on stderr, exits 1", () => {
  const result = runCli(["show", "-C", fixture("show/with-errors"), "--today", "2026-11-25"]);
  expect(result.code).toBe(1);
  expect(result.stdout).toContain("✓ Works (works)");
  expect(result.stdout).not.toContain("broken");
  expect(result.stderr).toBe(
    "roadmap: the road map has 1 error; showing what validated (run roadmap validate)\n",
  );
});

test.each([
  ["current", ["fy27-q1"]],
  ["next", ["fy27-q2"]],
  ["2027-Q2", ["fy27-q2"]],
  ["2026-Q4", []],
])("fiscal_year_start 10: --quarter %s is the fiscal quarter", (quarter, expected) => {
  const result = runCli([
    "show",
    "-C",
    fixture("show/fiscal"),
    "--today",
    "2026-11-25",
    "--json",
    "--quarter",
    quarter,
  ]);
  expect(result.code).toBe(0);
  const json = JSON.parse(result.stdout);
  const milestones = json.themes.flatMap((theme: { milestones: { id: string }[] }) =>
    theme.milestones.map((milestone) => milestone.id),
  );
  expect(milestones).toEqual(expected);
});

test("fiscal_year_start 10: the timeline and now-next-later name fiscal quarters", () => {
  const args = ["show", "-C", fixture("show/fiscal"), "--today", "2026-11-25", "--width", "80"];
  const timeline = runCli([...args, "--view", "timeline"]).stdout;
  expect(timeline).toMatchSnapshot();
  expect(timeline.split("\n")[0]).toMatch(/^\s+2027-Q1\s+2027-Q2/);
  const lanes = runCli([...args, "--view", "now-next-later"]).stdout;
  expect(lanes).toContain("NOW · 2027-Q1");
  expect(lanes).toContain("NEXT · 2027-Q2");
});

test("--rev shows the road map as it was at a commit, not the working tree", () => {
  const repo = mkdtempSync(join(tmpdir(), "roadmap-show-rev-"));
  try {
    cpSync(ACME, join(repo, "roadmap"), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo });
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "plan");
    const epic = join(repo, "roadmap", "epics", "platform", "backups.yaml");
    writeFileSync(epic, readFileSync(epic, "utf8").replace("status: planned", "status: done"));
    const statusOf = (json: string) =>
      JSON.parse(json)
        .themes.find((theme: { id: string }) => theme.id === "platform")
        .milestones[0].epics.find((e: { id: string }) => e.id === "backups").status;
    const args = ["show", "--json", "--today", "2026-11-25"];
    expect(statusOf(runCli(args, { cwd: repo }).stdout)).toBe("done");
    expect(statusOf(runCli([...args, "--rev", "HEAD"], { cwd: repo }).stdout)).toBe("planned");
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});

describe("partial names (--owner, --milestone, --theme) and story statuses", () => {
  test("--owner: a word's start finds the full name, and stderr says what it matched", () => {
    const partial = show("--owner", "may", "--json");
    expect(partial.stderr).toBe('roadmap: --owner "may" matches "Maya"\n');
    expect(partial.code).toBe(0);
    expect(partial.stdout).toBe(show("--owner", "Maya", "--json").stdout);
  });

  test("--owner matches any name of an owner list", () => {
    const dir = mkdtempSync(join(tmpdir(), "roadmap-owners-"));
    try {
      cpSync(ACME, dir, { recursive: true });
      const path = join(dir, "epics", "growth", "trial-signup.yaml");
      writeFileSync(
        path,
        readFileSync(path, "utf8").replace(/^owner: .*$/m, "owner: [Lena Fischer, Omar Haddad]"),
      );
      const result = runCli(["show", "--owner", "lena", "--json"], { cwd: dir });
      expect(result.stderr).toBe('roadmap: --owner "lena" matches "Lena Fischer"\n');
      const ids = JSON.stringify(JSON.parse(result.stdout)).match(/"id":"[a-z-]+"/g) ?? [];
      expect(ids).toContain('"id":"trial-signup"');
      expect(ids).not.toContain('"id":"sso"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--milestone and --theme by a word of the title", () => {
    const milestone = show("--milestone", "summer", "--json");
    expect(milestone.stderr).toBe('roadmap: --milestone "summer" matches "2026-q3"\n');
    expect(milestone.stdout).toBe(show("--milestone", "2026-q3", "--json").stdout);
    expect(show("--theme", "reliable", "--json").stdout).toBe(show("--theme", "platform", "--json").stdout);
  });

  test("--status todo: epics with stories to do, showing those stories; done stays the epic's status", () => {
    const tree = JSON.parse(show("--status", "todo", "--json").stdout);
    const epics = tree.themes.flatMap(
      (theme: { milestones: { epics: unknown[] }[]; unscheduled: unknown[] }) => [
        ...theme.milestones.flatMap((milestone) => milestone.epics),
        ...theme.unscheduled,
      ],
    ) as { id: string; stories: { status: string }[] }[];
    expect(epics.length).toBeGreaterThan(0);
    for (const epic of epics) {
      expect(epic.stories.length, epic.id).toBeGreaterThan(0);
      for (const story of epic.stories) expect(story.status, epic.id).toBe("todo");
    }
    expect(JSON.stringify(JSON.parse(show("--status", "done", "--json").stdout))).toContain(
      '"id":"trial-signup"',
    );
  });
});
