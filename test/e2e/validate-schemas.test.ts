// schemas/*.schema.json are generated from the zod schemas (`npm run schemas`) and committed
// for editors. They must match the source, accept every real file and refuse broken ones.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import jsYaml from "js-yaml";
import { beforeAll, describe, expect, test } from "vitest";
import { renderSchemas } from "../../scripts/generate-schemas.mjs";
import { CORPUS, fixture } from "../run-cli.js";

const SCHEMAS = fileURLToPath(new URL("../../schemas/", import.meta.url));
const KINDS = ["mission", "theme", "milestone", "epic", "config"] as const;

let generated: Record<string, string>;
beforeAll(async () => {
  generated = await renderSchemas();
}, 60_000);

const readYaml = (path: string): unknown =>
  jsYaml.load(readFileSync(path, "utf8"), { schema: jsYaml.CORE_SCHEMA });

// Strict, except that a rule setting is a tuple whose options element is optional.
const ajv = new Ajv2020({ strict: true, strictTuples: false, allowUnionTypes: true, allErrors: true });
ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);

function compile(kind: (typeof KINDS)[number]) {
  const id = `urn:roadmap-cli:schema:${kind}`;
  const known = ajv.getSchema(id);
  if (known) return known;
  return ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, `${kind}.schema.json`), "utf8")));
}

describe("the committed schemas", () => {
  test("are what `npm run schemas` generates from the zod source (run it after changing src/model)", () => {
    const committed = Object.fromEntries(
      readdirSync(SCHEMAS).map((name) => [name, readFileSync(join(SCHEMAS, name), "utf8")]),
    );
    expect(Object.keys(committed).sort()).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) expect(committed[name], name).toBe(text);
  });

  test.each(KINDS)("%s has a $id, a title and compiles under draft 2020-12", (kind) => {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, `${kind}.schema.json`), "utf8"));
    expect(schema.$id).toBe(`urn:roadmap-cli:schema:${kind}`);
    expect(schema.title).toMatch(/^roadmap /);
    expect(() => compile(kind)).not.toThrow();
  });
});

test.each(["mission", "theme", "milestone", "epic"] as const)(
  "every key of a %s has hover text for editors",
  (kind) => {
    const schema = JSON.parse(readFileSync(join(SCHEMAS, `${kind}.schema.json`), "utf8"));
    const objects = [schema, schema.properties.stories?.items].filter(Boolean);
    for (const object of objects) {
      for (const [key, property] of Object.entries<{ description?: string }>(object.properties)) {
        expect(property.description, `${kind}: ${key}`).toMatch(/\S/);
      }
    }
  },
);

describe("they agree with the validator", () => {
  test("every file of the Kubernetes corpus is accepted", () => {
    const check = (kind: "mission" | "theme" | "milestone" | "epic", path: string): void => {
      const validate = compile(kind);
      expect(validate(readYaml(path)), `${path}: ${JSON.stringify(validate.errors)}`).toBe(true);
    };
    check("mission", join(CORPUS, "kubernetes/mission.yaml"));
    for (const [folder, kind] of [
      ["themes", "theme"],
      ["milestones", "milestone"],
      ["epics", "epic"],
    ] as const) {
      const dir = join(CORPUS, "kubernetes", folder);
      const files = readdirSync(dir);
      expect(files.length).toBeGreaterThan(10);
      for (const name of files) check(kind, join(dir, name));
    }
  });

  test.each([
    ["epic", "validate/clean/epics/growth/sso.yaml", true],
    ["theme", "validate/clean/themes/platform.yaml", true],
    ["milestone", "validate/clean/milestones/2026-q2.yaml", true],
    ["epic", "validate/schema/epics/sso.yaml", false],
    ["epic", "validate/unknown-key/epics/sso.yaml", false],
    ["milestone", "validate/schema/milestones/2026-q2.yaml", false],
    ["epic", "validate/invalid-id/epics/exports.yaml", false],
    ["epic", "bad-input/files/proto-keys.yaml", false],
  ] as const)("%s %s: valid %s", (kind, file, valid) => {
    expect(compile(kind)(readYaml(fixture(file)))).toBe(valid);
  });

  test.each([
    ["rules:\n  customer-concentration: [warn, {max_share: 0.4}]\n  story-format: off\n", true],
    ["rules:\n  overdue: error\n", true],
    ["rules:\n", true],
    ["rules:\n  customer-concentraton: warn\n", false],
    ["rules:\n  overdue: loud\n", false],
    ["rules:\n  customer-concentration: [warn, {max_share: 2}]\n", false],
    ["rule:\n  overdue: warn\n", false],
  ])("config %j: valid %s", (text, valid) => {
    expect(compile("config")(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }))).toBe(valid);
  });
});
