// lint and rollup on the real Kubernetes KEP road map (653 epics): they run, lint finds only
// lint problems (the corpus validates clean), and the JSON is the same run after run.
import { expect, test } from "vitest";
import { CORPUS, runCli } from "../run-cli.js";

const KUBERNETES = `${CORPUS}kubernetes`;
const VALIDATION_RULES = [
  "yaml-syntax",
  "schema",
  "unknown-key",
  "unknown-reference",
  "dependency-cycle",
  "date-order",
];

test("lint on the corpus: lint findings only, stable JSON", () => {
  const first = runCli(["lint", "-C", KUBERNETES, "--today", "2026-11-25", "--json"]);
  const second = runCli(["lint", "-C", KUBERNETES, "--today", "2026-11-25", "--json"]);
  expect(first.stderr).toBe("");
  expect(second.stdout).toBe(first.stdout);
  const json = JSON.parse(first.stdout) as { diagnostics: { rule: string; line: number }[]; errors: number };
  expect(json.diagnostics.length).toBeGreaterThan(0);
  expect(json.diagnostics.filter((d) => VALIDATION_RULES.includes(d.rule))).toEqual([]);
  expect(json.diagnostics.every((d) => d.line > 0)).toBe(true);
  expect(first.code).toBe(json.errors > 0 ? 1 : 0);
});

test("rollup on the corpus: every theme and milestone, stable JSON, progress within 0..1", () => {
  const first = runCli(["rollup", "-C", KUBERNETES, "--json"]);
  const second = runCli(["rollup", "-C", KUBERNETES, "--json"]);
  expect(first.code).toBe(0);
  expect(second.stdout).toBe(first.stdout);
  const json = JSON.parse(first.stdout) as Record<"themes" | "milestones" | "epics", { progress: number }[]>;
  expect(json.epics).toHaveLength(653);
  for (const list of [json.themes, json.milestones, json.epics]) {
    for (const node of list) expect(node.progress).toBeGreaterThanOrEqual(0);
    for (const node of list) expect(node.progress).toBeLessThanOrEqual(1);
  }
  const text = runCli(["rollup", "-C", KUBERNETES]);
  expect(text.code).toBe(0);
  expect(text.stdout.split("\n")[1]).toMatch(/^Kubernetes\s+\d+\/\d+\s+\d+\/\d+\s+\d+%$/);
});
