// The fast path reads values with js-yaml (core schema); positions come from `yaml`. Both must
// read every real file the same way, or a diagnostic could point at a value the validator
// never saw. Files one of them refuses must be refused by the other too.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import jsYaml from "js-yaml";
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { CORPUS } from "../../test/run-cli.js";

const KUBERNETES = `${CORPUS}kubernetes/`;
const FIXTURES = fileURLToPath(new URL("../../test/fixtures/", import.meta.url));

/**
 * Where the two parsers knowingly differ; the loader settles each case itself
 * (alias-expansion.ts), and bad-input.test.ts checks the outcome. (A self-referring alias
 * is no difference: both return the same cyclic value, which the loader then refuses.)
 */
const KNOWN_DIFFERENCES: Record<string, string> = {
  "bad-input/files/alias-bomb.yaml": "js-yaml shares references; the loader measures and refuses",
};

function yamlFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name)) found.push(path);
    }
  };
  walk(root);
  return found;
}

type Reading = { ok: true; value: unknown } | { ok: false };

function readWithJsYaml(text: string): Reading {
  try {
    return { ok: true, value: jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) ?? null };
  } catch {
    return { ok: false };
  }
}

function readWithYaml(text: string): Reading {
  try {
    const doc = parseDocument(text, { uniqueKeys: true, strict: true });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return { ok: false };
    return { ok: true, value: doc.toJS() ?? null };
  } catch {
    return { ok: false };
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function decode(path: string): string | undefined {
  const bytes = readFileSync(path);
  try {
    return bytes.includes(0) ? undefined : utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

describe("js-yaml (core schema) and yaml read the same values", () => {
  const corpus = yamlFiles(KUBERNETES);

  test("every file of the Kubernetes corpus", () => {
    expect(corpus.length).toBeGreaterThan(700);
    for (const path of corpus) {
      const text = readFileSync(path, "utf8");
      const fast = readWithJsYaml(text);
      expect(fast.ok, path).toBe(true);
      expect(readWithYaml(text), path).toEqual(fast);
    }
  });

  test("every fixture file, accepted or refused alike", () => {
    const fixtures = yamlFiles(FIXTURES)
      .map((path) => ({ path, name: relative(FIXTURES, path).split("\\").join("/") }))
      .filter(({ name }) => !Object.hasOwn(KNOWN_DIFFERENCES, name));
    expect(fixtures.length).toBeGreaterThan(30);
    let refused = 0;
    for (const { path, name } of fixtures) {
      const text = decode(path);
      if (text === undefined) continue;
      const fast = readWithJsYaml(text);
      if (!fast.ok) refused++;
      expect(readWithYaml(text), name).toEqual(fast);
    }
    expect(refused).toBeGreaterThan(5);
  });

  test("the known differences still differ (or the list above is stale)", () => {
    for (const name of Object.keys(KNOWN_DIFFERENCES)) {
      const text = readFileSync(join(FIXTURES, name), "utf8");
      expect(readWithJsYaml(text), name).not.toEqual(readWithYaml(text));
    }
  });
});
