// `owner` as a list (docs/format.md): `--owner` matches any owner of an epic or of one of its stories in
// every command that filters (show in every view and --json, export in every format).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const CO_OWNERS = fixture("show/co-owners");
const TODAY = ["--today", "2026-03-01"];

function epicIdsOfShowJson(stdout: string): string[] {
  const tree = JSON.parse(stdout) as { themes: { milestones: { epics: { id: string }[] }[] }[] };
  return tree.themes
    .flatMap((theme) => theme.milestones.flatMap((m) => m.epics.map((epic) => epic.id)))
    .sort();
}

test.each([
  ["Ana", ["async"]], // first of the epic's two owners
  ["cy", ["async"]], // second of them, any case
  ["eli", ["async", "lints"]], // a story's co-owner, and a story's single owner
  ["Bo", ["lints"]], // a single owner still matches
])("show --owner %s --json", (owner, expected) => {
  const result = runCli(["show", "-C", CO_OWNERS, ...TODAY, "--json", "--owner", owner]);
  expect(result.code).toBe(0);
  expect(epicIdsOfShowJson(result.stdout)).toEqual(expected);
});

test("show --owner with a name nobody has: exit 2 with a hint, not an empty road map (issue 14, item 7)", () => {
  const result = runCli(["show", "-C", CO_OWNERS, ...TODAY, "--json", "--owner", "nobody"]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^roadmap: unknown owner "nobody"/);
});

test.each(["tree", "timeline", "now-next-later"])(
  "show --view %s --owner cy draws the co-owned epic only",
  (view) => {
    const result = runCli([
      "show",
      "-C",
      CO_OWNERS,
      ...TODAY,
      "--view",
      view,
      "--width",
      "100",
      "--owner",
      "cy",
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Async closures");
    expect(result.stdout).not.toContain("Lint overhaul");
    expect(result.stdout).not.toContain("Docs refresh");
  },
);

test.each([
  ["json", (out: string) => (JSON.parse(out).epics as { id: string }[]).map((epic) => epic.id)],
  [
    "csv",
    (out: string) => [
      ...new Set(
        out
          .trim()
          .split("\r\n")
          .slice(1)
          .map((row) => row.split(",")[2]),
      ),
    ],
  ],
  [
    "markdown",
    (out: string) => ["Async closures", "Lint overhaul", "Docs refresh"].filter((t) => out.includes(t)),
  ],
  [
    "html",
    (out: string) => ["Async closures", "Lint overhaul", "Docs refresh"].filter((t) => out.includes(t)),
  ],
  [
    "mermaid",
    (out: string) => ["Async closures", "Lint overhaul", "Docs refresh"].filter((t) => out.includes(t)),
  ],
] as const)("export --format %s --owner cy keeps the co-owned epic only", (format, epicsOf) => {
  const result = runCli(["export", "-C", CO_OWNERS, ...TODAY, "--format", format, "--owner", "cy"]);
  expect(result.code).toBe(0);
  expect(epicsOf(result.stdout)).toEqual(
    format === "json" || format === "csv" ? ["async"] : ["Async closures"],
  );
});

test("the exports show every owner: CSV per story (its own, else its epic's), JSON as written", () => {
  const csv = runCli(["export", "-C", CO_OWNERS, "--format", "csv"]).stdout;
  expect(csv).toContain(',rfc,RFC decision,done,,"Ana, Cy",story,,,\r\n');
  expect(csv).toContain(',stabilize,Stabilize,todo,,"Dee, Eli",story,,,\r\n');
  const json = JSON.parse(runCli(["export", "-C", CO_OWNERS, "--format", "json"]).stdout);
  expect(json.mission.owner).toEqual(["Steering", "Release team"]);
  expect(json.epics.find((epic: { id: string }) => epic.id === "async").owner).toEqual(["Ana", "Cy"]);
  const markdown = runCli(["export", "-C", CO_OWNERS, "--format", "markdown"]).stdout;
  expect(markdown).toContain("**Owner:** Steering, Release team");
  expect(markdown).toContain("**Owner:** Ana, Bo");
});

test.each([
  ["owner: []", "epics/bad.yaml:4:8"],
  ["owner: 42", "epics/bad.yaml:4:8"],
  ["owner: [Ana, 42]", "epics/bad.yaml:4:14"],
])("%s is a schema error pointing at the value", (line, position) => {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-owners-"));
  try {
    cpSync(CO_OWNERS, dir, { recursive: true });
    writeFileSync(join(dir, "epics/bad.yaml"), `title: Bad\ntheme: core\nmilestone: 2026-h1\n${line}\n`);
    const result = runCli(["validate", "-C", dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(position);
    expect(result.stdout).toContain("schema");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
