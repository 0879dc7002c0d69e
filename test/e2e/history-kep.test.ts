// History on real data: the Kubernetes KEP road map's 400-commit bundle (road map in roadmap/).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Change } from "../../src/history/change.js";
import { CORPUS, runCli } from "../run-cli.js";

interface LogJson {
  commits: { hash: string; date: string; author: string; subject: string; changes: Change[] }[];
  partial: boolean;
}

let dir: string;
let clone: string;
let log: LogJson;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "roadmap-kep-"));
  clone = join(dir, "k8s");
  execFileSync("git", ["clone", "-q", `${CORPUS}kubernetes-history.bundle`, clone]);
  const result = runCli(["log", "--json"], { cwd: clone });
  expect(result.stderr).toBe("");
  log = JSON.parse(result.stdout) as LogJson;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("history of the KEP road map", () => {
  test("log covers the commits that changed roadmap/, with every kind of change", () => {
    const touching = execFileSync("git", ["log", "--format=%H", "--", "roadmap"], {
      cwd: clone,
      encoding: "utf8",
    })
      .trim()
      .split("\n");
    expect(log.partial).toBe(false);
    expect(log.commits.length).toBeGreaterThan(300);
    expect(log.commits.length).toBeLessThanOrEqual(touching.length);
    expect(log.commits.map((commit) => commit.hash)).toEqual(
      touching.filter((hash) => log.commits.some((c) => c.hash === hash)),
    );
    const changes = log.commits.flatMap((commit) => commit.changes);
    const kinds = new Set(changes.map((change) => `${change.kind} ${change.type}`));
    for (const kind of [
      "added epic",
      "removed epic",
      "renamed epic",
      "changed epic",
      "added story",
      "changed story",
      "added milestone",
    ]) {
      expect(kinds).toContain(kind);
    }
    expect(changes.some((change) => change.slipped)).toBe(true);
  });

  test("the replay agrees with a full diff of each commit against its parent", () => {
    const sample = log.commits.filter((_commit, index) => index % 60 === 0);
    for (const commit of sample) {
      const result = runCli(["diff", `${commit.hash}^`, commit.hash, "--json"], { cwd: clone });
      expect(result.code).toBe(0);
      expect({ hash: commit.hash, changes: JSON.parse(result.stdout).changes }).toEqual({
        hash: commit.hash,
        changes: commit.changes,
      });
    }
  }, 120_000);

  test("log -n 5 reads well: one header per commit, one line per change", () => {
    const result = runCli(["log", "-n", "5"], { cwd: clone });
    expect(result.code).toBe(0);
    const blocks = result.stdout.trimEnd().split("\n\n");
    expect(blocks).toHaveLength(5);
    blocks.forEach((block, index) => {
      const [header, ...lines] = block.split("\n");
      const commit = log.commits[index]!;
      expect(header).toBe(
        `${commit.hash.slice(0, 7)} ${commit.date.slice(0, 10)} ${commit.author}  ${commit.subject}`,
      );
      expect(lines).toHaveLength(commit.changes.length);
      for (const line of lines)
        expect(line).toMatch(/^ {4}[+\->!~] (mission|theme|milestone|epic|story) \S+/);
    });
    expect(result.stdout).not.toMatch(/undefined|\[object Object\]/);
  });

  test("log <id> shows one epic's history, its stories included", () => {
    const slipped = log.commits
      .flatMap((commit) => commit.changes)
      .find((change) => change.slipped && change.type === "epic")!;
    const result = runCli(["log", slipped.id, "--json"], { cwd: clone });
    const history = JSON.parse(result.stdout) as LogJson;
    expect(history.commits.length).toBeGreaterThan(0);
    for (const change of history.commits.flatMap((commit) => commit.changes)) {
      expect(
        change.id === slipped.id || change.id.startsWith(`${slipped.id}/`) || change.from === slipped.id,
      ).toBe(true);
    }
    expect(history.commits.flatMap((commit) => commit.changes)).toContainEqual(slipped);
  });

  test("diff HEAD~100 HEAD --format markdown is a pull-request comment", () => {
    const result = runCli(["diff", "HEAD~100", "HEAD", "--format", "markdown"], { cwd: clone });
    expect(result.code).toBe(0);
    const markdown = result.stdout;
    expect(markdown.length).toBeLessThan(65_536);
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("### Road-map changes: `HEAD~100` → `HEAD`");
    expect(lines[2]).toMatch(
      /^\*\*\d+ changes: \d+ added, \d+ removed, \d+ rescheduled \(\d+ slipped\), .*\*\*$/,
    );
    const headings = lines
      .filter((line) => line.startsWith("#### "))
      .map((line) => line.replace(/ \(\d+\)$/, ""));
    expect(headings).toEqual([
      "#### Added",
      "#### Removed",
      "#### Rescheduled",
      "#### Status changes",
      "#### Other changes",
    ]);
    const rescheduled = markdown.split("#### Rescheduled")[1]!.split("#### Status")[0]!;
    const items = rescheduled.split("\n").filter((line) => line.startsWith("- "));
    expect(items[0]).toMatch(
      /^- ⚠️ \*\*Slipped:\*\* Epic `kep-[^`]+` — .+: milestone `v1-\d+` \(ends \d{4}-\d\d-\d\d\) → `v1-\d+` \(ends \d{4}-\d\d-\d\d\)$/,
    );
    expect(markdown).toContain("<details><summary>Show all");
    expect(markdown).not.toMatch(/undefined|\[object Object\]/);
  });
});
