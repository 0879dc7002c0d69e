// The closed set of lint rule ids (diagnostics/rule-ids.ts) and the registry agree, and every
// rule is where a newcomer looks for it: its own file named for its id with a test beside it, a
// row and a section in docs/rules.md, and an entry in the generated config schema.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { lintRuleIds } from "../diagnostics/rule-ids.js";
import { lintRules } from "./registry.js";

const root = new URL("../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");

test("the registry has exactly one rule per id of the typed set, in its order", () => {
  expect(lintRules.map((rule) => rule.id)).toEqual([...lintRuleIds]);
});

test("every file in src/lint/rules is a registered rule named for its id, with a test beside it", () => {
  const files = readdirSync(new URL("src/lint/rules/", root)).filter(
    (name) => name.endsWith(".ts") && !name.endsWith(".test.ts"),
  );
  expect(files.map((name) => name.slice(0, -3)).sort()).toEqual([...lintRuleIds]);
  for (const id of lintRuleIds) expect(existsSync(new URL(`src/lint/rules/${id}.test.ts`, root))).toBe(true);
});

describe.each(lintRules.map((rule) => [rule.id, rule] as const))("%s is documented", (id, rule) => {
  test("in docs/rules.md: a table row with its default severity, and a section", () => {
    const docs = read("docs/rules.md");
    expect(docs).toContain(`| [\`${id}\`](#${id}) | ${rule.defaultSeverity} |`);
    expect(docs).toMatch(new RegExp(`^### ${id}$`, "m"));
  });

  test("in the config schema editors read (npm run schemas)", () => {
    const schema = JSON.parse(read("schemas/config.schema.json"));
    const settings = schema.properties.rules.anyOf[0].properties;
    expect(Object.keys(settings)).toContain(id);
  });
});
