// `roadmap sync --from <file>`: story and epic status back from `gh issue list` JSON, on a copy of
// test/fixtures/sync/team with test/fixtures/sync/issues.json: closed, open and assigned, open
// and unassigned, reopened, unknown-marker, no-marker, several-marker and shared-marker issues.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const ISSUES = fixture("sync/issues.json");

function copyOfTeam(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "roadmap-sync-")), "roadmap");
  cpSync(fixture("sync/team"), dir, { recursive: true });
  return dir;
}

/** Every file of a road map folder, path -> text. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ["", "themes", "milestones", "epics"]) {
    for (const name of readdirSync(join(dir, folder))) {
      if (name.endsWith(".yaml")) files[join(folder, name)] = readFileSync(join(dir, folder, name), "utf8");
    }
  }
  return files;
}

const sync = (dir: string, ...args: string[]) => runCli(["sync", "-C", dir, ...args]);

describe("a sync", () => {
  const dir = copyOfTeam();
  const result = sync(dir, "--from", ISSUES);
  const checkout = readFileSync(join(dir, "epics/checkout.yaml"), "utf8");

  test("sets each story's status from its issue: closed done, open and assigned in progress", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(checkout).toContain(
      "  - id: cart\n    title: As a buyer, I want a cart so that I can buy several things\n    points: 3\n    status: done\n",
    );
    expect(checkout).toMatch(
      /- id: pay\n.*\n {4}points: 5 +# estimate from planning\n {4}status: in-progress\n/,
    );
  });

  test("an open issue nobody is assigned leaves a todo story alone and reopens a done one", () => {
    expect(checkout).toMatch(/- id: receipt\n.*\n {2}# reopened/);
    expect(checkout).toMatch(/- id: refund\n.*\n {4}status: todo\n/);
  });

  test("epics: a planned epic with work under way starts, an epic's own closed issue finishes it, a dropped one is left", () => {
    expect(checkout).toMatch(/^status: in-progress +# nobody has started yet$/m);
    expect(readFileSync(join(dir, "epics/reports.yaml"), "utf8")).toContain("status: done");
    expect(readFileSync(join(dir, "epics/legacy.yaml"), "utf8")).toContain(
      "status: dropped  # decided in the spring review",
    );
  });

  test("comments are kept and the road map is still valid", () => {
    for (const comment of [
      "# Checkout: the stories' issues live on GitHub.",
      "# closed on GitHub",
      "# open, assigned",
    ]) {
      expect(checkout).toContain(comment);
    }
    expect(runCli(["validate", "-C", dir]).code).toBe(0);
  });

  test("says what changed in the words of diff, then the files, then the issues it could not match", () => {
    expect(result.stdout).toContain("sync: 5 changes: 5 status changes\n\nStatus changes\n");
    expect(result.stdout).toContain(
      "  ~ story checkout/cart As a buyer, I want a cart so that I can buy several things: status todo -> done\n",
    );
    expect(result.stdout).toContain("changed epics/checkout.yaml\nchanged epics/reports.yaml\n");
    expect(result.stdout).toContain("Not synced: 5 issues\n");
    expect(result.stdout).toContain(
      "  #5 Old story: its marker roadmap:checkout/gift-wrap names no story or epic of the road map\n",
    );
    // The title's escape sequence is shown, not sent to the terminal.
    expect(result.stdout).toContain("  #6 Fix the \\e[31mlogin\\e[0m page: no roadmap marker in its body\n");
    expect(result.stdout).not.toContain("\u001b");
  });

  test("a second run changes nothing", () => {
    const before = snapshot(dir);
    const again = sync(dir, "--from", ISSUES);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^sync: no changes \(the road map already says so\); nothing written\n/);
    expect(snapshot(dir)).toEqual(before);
  });
});

test("--dry-run prints the same and writes nothing", () => {
  const dir = copyOfTeam();
  const before = snapshot(dir);
  const result = sync(dir, "--from", ISSUES, "--dry-run");
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("would change epics/checkout.yaml\n");
  expect(result.stdout).toContain("(dry run: nothing written)");
  expect(result.stdout).toContain("Not synced: 5 issues");
  expect(snapshot(dir)).toEqual(before);
});

test("--json: the changes, the files and every unmatched issue with its reason", () => {
  const dir = copyOfTeam();
  const data = JSON.parse(sync(dir, "--from", ISSUES, "--json", "--dry-run").stdout) as {
    changes: { type: string; id: string; from: string; to: string }[];
    dry_run: boolean;
    unmatched: { number: number; reason: string; markers: string[] }[];
  };
  expect(data.dry_run).toBe(true);
  expect(data.changes.map((change) => `${change.type} ${change.id}: ${change.from} -> ${change.to}`)).toEqual(
    [
      "epic checkout: planned -> in-progress",
      "story checkout/cart: todo -> done",
      "story checkout/pay: todo -> in-progress",
      "story checkout/refund: done -> todo",
      "epic reports: planned -> done",
    ],
  );
  expect(data.unmatched.map((issue) => [issue.number, issue.reason])).toEqual([
    [5, "unknown-marker"],
    [6, "no-marker"],
    [9, "several-markers"],
    [10, "shared-marker"],
    [11, "shared-marker"],
  ]);
});

test("--from - reads stdin; without assignees, open issues start nothing (and a note says so)", () => {
  const dir = copyOfTeam();
  const issues = (JSON.parse(readFileSync(ISSUES, "utf8")) as Record<string, unknown>[]).map(
    ({ assignees: _assignees, ...rest }) => rest,
  );
  const result = runCli(["sync", "-C", dir, "--from", "-", "--json"], { input: JSON.stringify(issues) });
  expect(result.code).toBe(0);
  expect(result.stderr).toContain("the issues have no assignees");
  const ids = (JSON.parse(result.stdout) as { changes: { id: string }[] }).changes.map((change) => change.id);
  expect(ids).toContain("checkout/cart");
  expect(ids).not.toContain("checkout/pay");
});

describe("bad input exits 2 and writes nothing", () => {
  test.each([
    ["not JSON", "[{", "is not an issue list: it is not JSON ("],
    ["not a list", '{"issues": []}', "is not an issue list: it must be a list of issues"],
    [
      "a wrong field",
      '[{"number": 1, "state": "merged", "body": ""}]',
      'issue 1 of the list: "state" must be "OPEN" or "CLOSED"',
    ],
  ])("%s", (_name, text, message) => {
    const dir = copyOfTeam();
    const before = snapshot(dir);
    const file = join(dir, "..", "issues.json");
    writeFileSync(file, text);
    const result = sync(dir, "--from", file);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("expected the output of gh issue list --state all");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
  });

  test("bad input on stdin is named as such, not as a file called -", () => {
    const dir = copyOfTeam();
    const result = runCli(["sync", "-C", dir, "--from", "-"], { input: "[{" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^roadmap: standard input is not an issue list: it is not JSON \(/);
  });

  test("a missing file, or no --from", () => {
    const dir = copyOfTeam();
    const missing = sync(dir, "--from", "nope.json");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("roadmap: cannot read nope.json: no such file");
    const none = sync(dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("sync needs --from <file>");
  });
});
