// examples/acme is the README's first command and what `init --example` writes: it must stay
// valid, complete (every part of the format in use) and current (milestones around today).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import jsYaml from "js-yaml";
import { describe, expect, test } from "vitest";
import { runCli } from "../run-cli.js";

const ACME = fileURLToPath(new URL("../../examples/acme/", import.meta.url));

interface ExampleEpic {
  owner?: string;
  milestone?: string;
  depends_on?: string[];
  requested_by?: { source: string; name?: string }[];
  outcome?: { actual?: unknown };
  stories?: { acceptance?: string[]; points?: number }[];
}

function readKind<T>(folder: string, prefix = ""): T[] {
  return readdirSync(join(ACME, folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return readKind<T>(folder, path);
    return [jsYaml.load(readFileSync(join(ACME, folder, path), "utf8"), { schema: jsYaml.CORE_SCHEMA }) as T];
  });
}

describe("examples/acme", () => {
  test("validates with no problem", () => {
    const result = runCli(["validate", "-C", ACME]);
    expect(result.stdout).toBe("no problems found\n");
    expect(result.code).toBe(0);
  });

  test("shows with the README's first command (roadmap show -C examples/acme)", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    expect(readme).toMatch(/^npm install .*\nnpx roadmap show -C examples\/acme /m);
    const result = runCli(["show", "-C", ACME, "--today", "2026-11-25"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Acme Analytics /);
    expect(result.stdout).toContain("Single sign-on (sso)");
  });

  test("passes every lint rule on 2026-11-25", () => {
    const result = runCli(["lint", "-C", ACME, "--today", "2026-11-25"]);
    expect(result.stdout).toBe("no problems found\n");
    expect(result.code).toBe(0);
  });

  const themes = readKind<{ title: string }>("themes");
  const milestones = readKind<{ start: string; end: string; capacity?: number }>("milestones");
  const epics = readKind<ExampleEpic>("epics");

  test("has at least 3 themes, 3 milestones and 6 epics", () => {
    expect(themes.length).toBeGreaterThanOrEqual(3);
    expect(milestones.length).toBeGreaterThanOrEqual(3);
    expect(epics.length).toBeGreaterThanOrEqual(6);
  });

  test("gives every epic an owner and stories, and every story acceptance criteria", () => {
    for (const epic of epics) {
      expect(epic.owner).toBeTruthy();
      expect(epic.stories?.length).toBeGreaterThan(0);
      for (const story of epic.stories ?? []) expect(story.acceptance?.length).toBeGreaterThan(0);
    }
  });

  test("uses dependencies, customer requests, a measured outcome and an unscheduled epic", () => {
    expect(epics.some((epic) => (epic.depends_on?.length ?? 0) > 0)).toBe(true);
    expect(epics.some((epic) => epic.requested_by?.some((r) => r.source === "customer" && r.name))).toBe(
      true,
    );
    expect(epics.some((epic) => epic.outcome?.actual !== undefined)).toBe(true);
    expect(epics.some((epic) => epic.milestone === undefined)).toBe(true);
  });

  test("has milestones before, around and after 2026-11-25, all within 2026-2027", () => {
    const today = "2026-11-25";
    expect(milestones.some((m) => m.end < today)).toBe(true);
    expect(milestones.some((m) => m.start <= today && m.end >= today)).toBe(true);
    expect(milestones.some((m) => m.start > today)).toBe(true);
    for (const m of milestones) expect(m.start >= "2026-01-01" && m.end <= "2027-12-31").toBe(true);
  });
});

describe("examples/acme ideas", () => {
  const ideas = readKind<{ status: string; promoted_to?: string; score?: object; decision?: string }>(
    "ideas",
  );
  const epicIds = new Set(listIds("epics"));

  test("has an idea in every status, scored ones, and a promoted one linked to its epic", () => {
    expect(new Set(ideas.map((idea) => idea.status))).toEqual(
      new Set(["new", "triaged", "declined", "promoted"]),
    );
    expect(ideas.filter((idea) => idea.score !== undefined).length).toBeGreaterThanOrEqual(2);
    const promoted = ideas.filter((idea) => idea.status === "promoted");
    for (const idea of promoted) expect(epicIds.has(idea.promoted_to ?? "")).toBe(true);
  });

  test("ranks them with roadmap ideas: scored ones first, the promoted one with its epic's progress", () => {
    const result = runCli(["ideas", "-C", ACME, "--today", "2026-11-25", "--json"]);
    expect(result.code).toBe(0);
    const listed = JSON.parse(result.stdout).ideas as { id: string; score: number | null; epic?: object }[];
    expect(listed).toHaveLength(ideas.length);
    expect(listed[0]?.score).not.toBeNull();
    expect(listed.some((idea) => idea.epic !== undefined)).toBe(true);
  });
});

/** Ids of a kind's files (base names), in any subfolder. */
function listIds(folder: string, prefix = ""): string[] {
  return readdirSync(join(ACME, folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return listIds(folder, path);
    return [entry.name.replace(/\.ya?ml$/, "")];
  });
}

describe("the README's file-format samples", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const samples = [...readme.matchAll(/^`([\w/.-]+\.yaml)`:\n\n```yaml\n([\s\S]*?)```/gm)].map((match) => ({
    path: match[1]!,
    lines: match[2]!.split("\n").filter((line) => line !== "" && !line.startsWith("# yaml-language-server")),
  }));

  test("there is one for each kind of file", () => {
    expect(samples.map((sample) => sample.path.split("/")[0])).toEqual([
      "mission.yaml",
      "themes",
      "milestones",
      "epics",
      "ideas",
    ]);
  });

  test.each(samples.map((sample) => [sample.path, sample.lines] as const))(
    "%s is taken from examples/acme, lines in order",
    (path, lines) => {
      const fileLines = readFileSync(join(ACME, path), "utf8").split("\n");
      let at = 0;
      for (const line of lines) {
        const found = fileLines.indexOf(line, at);
        expect(found, `README line not in ${path} (in order): ${line}`).toBeGreaterThanOrEqual(0);
        at = found + 1;
      }
    },
  );
});
