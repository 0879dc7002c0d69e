// docs/format.md on a road map shaped like a real open-source project's half-year goals
// (test/fixtures/real/runtime): links, co-owners, teams with capacity, tasks, labels. It must
// be expressible without comments or workarounds: valid, lint-clean with its config, already
// formatted. Beside it, a fixture with every new key written wrong.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";

const RUNTIME = fixture("real/runtime");
const scratch = mkdtempSync(join(tmpdir(), "roadmap-real-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("the real-shaped road map validates, lints clean and is formatted", () => {
  expect(runCli(["validate", "-C", RUNTIME])).toMatchObject({ code: 0, stdout: "no problems found\n" });
  expect(runCli(["lint", "-C", RUNTIME, "--today", "2026-03-01"])).toMatchObject({
    code: 0,
    stdout: "no problems found\n",
  });
  expect(runCli(["fmt", "--check", "-C", RUNTIME]).code).toBe(0);
});

test("every new key written wrong: links, owner lists, teams, capacity, kind, ids as numbers", () => {
  const result = runCli(["validate"], { cwd: fixture("validate/real-roadmap-keys") });
  expect(result.stdout.split("\n")).toEqual([
    'epics/async.yaml:3:12  error  "milestone" is read as the number 2026, but ids are text: quote it ("2026"); roadmap fmt quotes such ids  schema',
    'epics/async.yaml:5:19  error  team "langs" does not exist  unknown-reference',
    'epics/async.yaml:8:10  error  "links[1].url" must be an http(s) URL or a path relative to the repository (docs/rfc.md) (found "/etc/passwd")  schema',
    'epics/async.yaml:9:10  error  "links[2].url" must be an http(s) URL or a path relative to the repository (docs/rfc.md) (found "../outside.md")  schema',
    'epics/async.yaml:11:5  error  missing required key "url" in links[3]  schema',
    'epics/async.yaml:15:11  error  "stories[0].kind" must be one of story, task (found "chore")  schema',
    'epics/async.yaml:16:11  error  team "lang" does not exist  unknown-reference',
    'milestones/2026.yaml:1:8  error  "title" must be a string (found 2026)  schema',
    'teams/compiler.yaml:2:16  error  "members[1]" must be a string (found 7)  schema',
    'teams/compiler.yaml:5:3  error  milestone "2027" does not exist (did you mean "2026"?)  unknown-reference',
    'teams/compiler.yaml:6:9  error  "capacity.2026" must be at least 0 (found -1)  schema',
    'themes/core.yaml:3:10  error  "links[0].url" must be an http(s) URL or a path relative to the repository (docs/rfc.md) (found "mailto:core@example.org")  schema',
    "12 errors: 9 schema, 3 unknown-reference",
    "",
  ]);
  expect(result.code).toBe(1);
});

test("fmt quotes ids written as numbers, as typed, and the road map then validates", () => {
  const dir = join(scratch, "numbers");
  cpSync(RUNTIME, dir, { recursive: true });
  writeFileSync(join(dir, "milestones/2027.yaml"), "title: Year 2027\nstart: 2027-01-01\nend: 2027-12-31\n");
  writeFileSync(
    join(dir, "milestones/1.10.yaml"),
    "title: Release 1.10\nstart: 2027-01-01\nend: 2027-01-31\n",
  );
  writeFileSync(
    join(dir, "epics/numbers.yaml"),
    "title: Numbers\ntheme: compiler\nmilestone: 2027\ndepends_on: [faster-builds]\nstories:\n  - id: a\n    title: A\n    kind: task\n",
  );
  expect(runCli(["validate", "-C", dir]).stdout).toContain('"milestone" is read as the number 2027');
  expect(runCli(["fmt", "-C", dir]).code).toBe(0);
  expect(readFileSync(join(dir, "epics/numbers.yaml"), "utf8")).toContain('milestone: "2027"\n');
  writeFileSync(join(dir, "epics/numbers.yaml"), "title: Numbers\ntheme: compiler\nmilestone: 1.10\n");
  // "1.10.yaml" is not a valid id (a dot): the point is that fmt keeps the writing, not 1.1.
  runCli(["fmt", "-C", dir]);
  expect(readFileSync(join(dir, "epics/numbers.yaml"), "utf8")).toBe(
    'title: Numbers\ntheme: compiler\nmilestone: "1.10"\n',
  );
});

test("team-overcommitted fires when one more point lands on a team at its capacity", () => {
  const dir = join(scratch, "overcommitted");
  cpSync(RUNTIME, dir, { recursive: true });
  const file = join(dir, "epics/compiler/async-closures.yaml");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace("points: 5\n    team: compiler", "points: 6\n    team: compiler"),
  );
  const result = runCli(["lint", "--today", "2026-03-01"], { cwd: dir });
  expect(result.stdout).toBe(
    'teams/compiler.yaml:10:12  error  team "compiler" holds 14 points of stories in milestone "2026-h1", over its capacity there of 13 (epics: async-closures)  team-overcommitted\n' +
      "1 error: 1 team-overcommitted\n",
  );
  expect(result.code).toBe(1);
});

test("every new key is shown in the exports: JSON, CSV, Markdown, HTML", () => {
  const exportAs = (format: string) =>
    runCli(["export", "-C", RUNTIME, "--format", format, "--today", "2026-03-01"]);
  const json = JSON.parse(exportAs("json").stdout);
  expect(json.teams.map((team: { id: string }) => team.id)).toEqual(["compiler", "infra", "lang"]);
  expect(json.teams[0].capacity).toEqual({ default: 20, "2026-h1": 13 });
  const async = json.epics.find((epic: { id: string }) => epic.id === "async-closures");
  expect(async.teams).toEqual(["compiler", "lang"]);
  expect(async.stories[0]).toMatchObject({ kind: "task", team: "lang" });

  const csv = exportAs("csv").stdout;
  expect(csv).toContain(',rfc,RFC decision,done,3,"Ana Ruiz, Dee Moss",task,lang,flagship,\r\n');
  expect(csv).toContain(
    ',stabilize,Stabilize,todo,5,"Ana Ruiz, Dee Moss",task,compiler,flagship,https://github.com/example/runtime/issues/3700\r\n',
  );
  // A story without team counts for its epic's only team.
  expect(csv).toContain(",cache,");
  expect(csv).toMatch(/,cache,[^\r]*,story,compiler,"flagship, performance",\r\n/);

  const markdown = exportAs("markdown").stdout;
  expect(markdown).toContain(
    "Async closures _(compiler, lang)_ · [Tracking issue](https://github.com/example/runtime/issues/3550) · [RFC](rfcs/3668-async-closures.md)",
  );
  expect(markdown).toContain(
    "**Links:** [Compiler issues](https://github.com/example/runtime/labels/T-compiler)",
  );
  expect(markdown).toContain(
    "| Compiler team (compiler) | Ana Ruiz | Ana Ruiz, Bo Chen, Eli Park | default: 20, 2026-h1: 13 |",
  );

  const html = exportAs("html").stdout;
  expect(html).toContain('<a href="rfcs/3668-async-closures.md">RFC</a>');
  expect(html).toContain("<small>teams: compiler, lang</small>");
  expect(html).toContain('<section id="teams">');
  expect(html).toContain('<a href="https://example.org/goals/2026h1">Project goals 2026 H1</a>');
});
