// `roadmap ideas` (docs/edit.md) from the built CLI, on the example road map's intake.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { runCli } from "../run-cli.js";

const ACME = fileURLToPath(new URL("../../examples/acme/", import.meta.url));
const ideas = (...args: string[]) => runCli(["ideas", "-C", ACME, "--today", "2026-11-25", ...args]);

describe("roadmap ideas", () => {
  test("ranks by RICE score, ideas without a score last; a promoted idea shows its epic", () => {
    const result = ideas();
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "score  req  cust   age  status    idea",
        "  420    3     1   84d  triaged   spreadsheet-import  Import from spreadsheets",
        " 66.7    2     2   42d  triaged   anomaly-alerts  Alerts when a metric moves un…",
        "    -    2     1  127d  declined  on-premises  On-premises installation",
        "    -    2     1    7d  new       slack-digest  Daily dashboard digest in Slack",
        "    -    1     1  112d  promoted  okta-provisioning  Create users from Okta",
        "                                  → epic scim-provisioning  · proposed 0%",
        "5 ideas: 1 new, 2 triaged, 1 declined, 1 promoted",
        "",
      ].join("\n"),
    );
  });

  test("--json: the SPEC shape, in the chosen order", () => {
    const result = ideas("--json", "--sort", "age");
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.ideas.map((idea: { id: string }) => idea.id)).toEqual([
      "on-premises",
      "okta-provisioning",
      "spreadsheet-import",
      "anomaly-alerts",
      "slack-digest",
    ]);
    expect(parsed.ideas[1]).toEqual({
      id: "okta-provisioning",
      title: "Create users from Okta",
      status: "promoted",
      score: null,
      demand: { requests: 1, customers: 1 },
      age_days: 112,
      epic: { id: "scim-provisioning", status: "proposed", progress: 0 },
    });
    expect(Object.keys(parsed.ideas[0])).toEqual(["id", "title", "status", "score", "demand", "age_days"]);
  });

  test("--sort demand: most requests first, then most customers", () => {
    const ids = JSON.parse(ideas("--json", "--sort", "demand").stdout).ideas.map(
      (idea: { id: string }) => idea.id,
    );
    expect(ids).toEqual([
      "spreadsheet-import",
      "anomaly-alerts",
      "on-premises",
      "slack-digest",
      "okta-provisioning",
    ]);
  });

  test("--status takes several, comma-separated", () => {
    const result = ideas("--status", "new,declined");
    expect(result.stdout).toContain("on-premises");
    expect(result.stdout).toContain("slack-digest");
    expect(result.stdout).not.toContain("spreadsheet-import");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("2 ideas: 1 new, 1 declined");
  });

  test.each([
    [
      ["--status", "triagd"],
      'roadmap: unknown status "triagd" (did you mean "triaged"?); use one of: new, triaged, declined, promoted\n',
    ],
    [["--sort", "rice"], 'roadmap: unknown --sort "rice"; use one of: score, demand, age\n'],
  ])("%j is a usage error (exit 2)", (args, message) => {
    const result = ideas(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(message);
  });
});

describe("on a road map with no ideas or with errors", () => {
  const temp = mkdtempSync(join(tmpdir(), "roadmap-ideas-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  test("no ideas/ folder: says so, exit 0", () => {
    const dir = join(temp, "none");
    cpSync(ACME, dir, { recursive: true });
    rmSync(join(dir, "ideas"), { recursive: true });
    const result = runCli(["ideas", "-C", dir]);
    expect(result.stdout).toBe("no ideas\n");
    expect(result.code).toBe(0);
  });

  test("a broken idea: the others are listed, a note on stderr, exit 1", () => {
    const dir = join(temp, "broken");
    cpSync(ACME, dir, { recursive: true });
    writeFileSync(join(dir, "ideas", "broken.yaml"), "title: [unclosed\n");
    const result = runCli(["ideas", "-C", dir, "--json"]);
    expect(JSON.parse(result.stdout).ideas).toHaveLength(5);
    expect(result.stderr).toBe(
      "roadmap: the road map has 1 error; listing what validated (run roadmap validate)\n",
    );
    expect(result.code).toBe(1);
  });
});
