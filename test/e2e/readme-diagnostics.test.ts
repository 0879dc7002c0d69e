// The samples of README.md, docs/edit.md and docs/cli.md are what the built CLI prints:
// each shown line (a sample may leave lines out, marked "...") and the summary line.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { BIN, fixture, runCli } from "../run-cli.js";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const temp = mkdtempSync(join(tmpdir(), "roadmap-readme-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The indented output lines after the line holding `command`, up to a blank line. */
function sampleAfter(command: string): string[] {
  const lines = README.split("\n");
  const start = lines.findIndex((line) => line.includes(command));
  expect(start, `README has no sample for ${command}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line.trim() === "");
  return lines.slice(start + 1, end).map((line) => line.replace(/^ {4}/, ""));
}

test("roadmap lint on test/fixtures/lint/findings", () => {
  const sample = sampleAfter("$ cd test/fixtures/lint/findings && roadmap lint --today 2026-02-01");
  const result = runCli(["lint", "--today", "2026-02-01"], { cwd: fixture("lint/findings") });
  expect(result.code).toBe(1);
  const printed = result.stdout.trimEnd().split("\n");
  for (const line of sample.filter((line) => line !== "...")) expect(printed).toContain(line);
  expect(sample.at(-1)).toBe(printed.at(-1));
});

test("roadmap set that would make the example invalid", () => {
  const dir = join(temp, "acme");
  cpSync(new URL("../../examples/acme", import.meta.url), dir, { recursive: true });
  const result = runCli(["set", "sso", "milestone=2026-q5"], { cwd: dir });
  expect(result.code).toBe(1);
  expect(result.stderr.trimEnd().split("\n")).toEqual(sampleAfter("$ roadmap set sso milestone=2026-q5"));
});

test("roadmap validate on the example after the README's four mistakes", () => {
  expect(runCli(["init", "--example", "my-roadmap"], { cwd: temp }).code).toBe(0);
  const edit = (path: string, from: string, to: string) => {
    const file = join(temp, "my-roadmap", path);
    const text = readFileSync(file, "utf8");
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, to));
  };
  edit(
    "epics/data/warehouse-connectors.yaml",
    "owner: Hana Sato\n",
    "owner: Hana Sato\ndepends_on: [freshness-alerts]\n",
  );
  edit("epics/enterprise/audit-log.yaml", "milestone: 2026-q4", "milestne: 2026-q4");
  edit("epics/onboarding/guided-setup.yaml", "theme: grow-self-serve", "theme: grow-self-serv");
  edit("milestones/2027-q1-onboarding.yaml", "end: 2027-03-26", "end: 2026-12-26");
  const result = runCli(["validate", "-C", "my-roadmap"], { cwd: temp });
  expect(result.code).toBe(1);
  expect(result.stdout.trimEnd().split("\n")).toEqual(sampleAfter("$ roadmap validate -C my-roadmap"));
});

test("docs/edit.md: roadmap set in the example road map", () => {
  const doc = readFileSync(new URL("../../docs/edit.md", import.meta.url), "utf8");
  const command = "$ roadmap set sso status=done owner=Ana";
  const lines = doc.split("\n");
  const start = lines.findIndex((line) => line.includes(command));
  // The sample runs to the "changed ..." line, across the blank lines between its sections.
  const end = lines.findIndex((line, index) => index > start && line.includes("changed epics/"));
  const sample = lines.slice(start + 1, end + 1).map((line) => line.replace(/^ {4}/, ""));
  const dir = join(temp, "acme-edit");
  cpSync(new URL("../../examples/acme", import.meta.url), dir, { recursive: true });
  const result = runCli(["set", "sso", "status=done", "owner=Ana"], { cwd: dir });
  expect(result.code).toBe(0);
  expect(result.stdout.trimEnd().split("\n")).toEqual(sample);
});

test("docs/cli.md: the help lines it quotes are show --help's", () => {
  const doc = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");
  const help = runCli(["show", "--help"]).stdout.replace(/\s+/g, " ");
  const quoted = doc.split("\n").filter((line) => /^ {4}--(view|status) /.test(line));
  expect(quoted).toHaveLength(2);
  for (const line of quoted) {
    const [, flag, words] = /^ {4}(\S+ \S+)\s+(.*)$/.exec(line) ?? [];
    // "(choices: ...)" in the doc stands for the list the help prints in full.
    const known = (words ?? "").replace(" (choices: ...)", "");
    expect(help).toContain(`${flag} ${known}`);
  }
});

test("docs/edit.md: every sample edit runs on the example road map, in order", () => {
  const doc = readFileSync(new URL("../../docs/edit.md", import.meta.url), "utf8");
  const commands = doc
    .split("\n")
    .map((line) => /^\s+\$ roadmap ((?:set|new) .*?)(?:\s+# .*)?$/.exec(line)?.[1])
    .filter((command): command is string => command !== undefined);
  expect(commands.length).toBeGreaterThan(5);
  const dir = join(temp, "acme-samples");
  cpSync(new URL("../../examples/acme", import.meta.url), dir, { recursive: true });
  for (const command of commands) {
    // The shell reads the sample's quoting, as it would in a terminal.
    const result = spawnSync("sh", ["-c", `"$0" "$1" ${command} --today 2026-11-25`, process.execPath, BIN], {
      cwd: dir,
      encoding: "utf8",
    });
    expect({
      command,
      code: result.status,
      stderr: result.stderr.replace(/^roadmap: note: .*\n/gm, ""),
    }).toEqual({
      command,
      code: 0,
      stderr: "",
    });
  }
});
