// Fails loudly when a zod upgrade changes the internals zod-jit-object.ts and the schema
// walkers (schema-walk.ts, edit/field-types.ts, format/key-order.ts) build on. If one of these
// fails after an upgrade, fix those files (or stay on the pinned version), then move the pin.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as z from "zod/mini";
import * as core from "zod/v4/core";
import { schemaAt } from "./schema-walk.js";
import { fileSchemas } from "./schemas.js";
import { strictObject } from "./zod-jit-object.js";

const readJson = (url: URL) => JSON.parse(readFileSync(url, "utf8")) as Record<string, unknown>;
const PINNED = "~4.6.7";

test(`package.json pins zod to ${PINNED}, and that is what is installed`, () => {
  const ours = readJson(new URL("../../package.json", import.meta.url));
  expect((ours.devDependencies as Record<string, string>).zod).toBe(PINNED);
  const installed = readJson(new URL("../../node_modules/zod/package.json", import.meta.url));
  expect(installed.version).toMatch(/^4\.6\.(\d+)$/);
  expect(Number((installed.version as string).split(".")[2])).toBeGreaterThanOrEqual(7);
});

test("the internal classes are there, with the init the JIT object calls", () => {
  expect(typeof core.$constructor).toBe("function");
  expect(typeof (core.$ZodObjectJIT as unknown as { init?: unknown }).init).toBe("function");
  expect(typeof (z.ZodMiniType as unknown as { init?: unknown }).init).toBe("function");
});

/** How many functions zod compiles (new Function) while `run` runs. */
function countCompiled(run: () => void): number {
  const original = globalThis.Function;
  let compiled = 0;
  globalThis.Function = new Proxy(original, {
    construct(target, args) {
      compiled++;
      return Reflect.construct(target, args);
    },
  });
  try {
    run();
  } finally {
    globalThis.Function = original;
  }
  return compiled;
}

describe("a strict object built on $ZodObjectJIT", () => {
  test("compiles a checking function for its shape on first use, unless jitless", () => {
    const schema = strictObject({ id: z.string(), points: z.optional(z.number()) });
    expect(countCompiled(() => schema.safeParse({ id: "a" }, { jitless: true }))).toBe(0);
    expect(countCompiled(() => schema.safeParse({ id: "a" }))).toBe(1);
    expect(countCompiled(() => schema.safeParse({ id: "b" }))).toBe(0);
  });

  test("is a zod/mini schema: shape, def and the mini API", () => {
    const schema = strictObject({ id: z.string() });
    expect(Object.keys(schema.shape)).toEqual(["id"]);
    expect(schema._zod.def.type).toBe("object");
    expect(z.optional(schema).safeParse(undefined).success).toBe(true);
  });

  const cases: [string, keyof typeof fileSchemas, unknown][] = [
    ["a valid epic", "epic", { title: "A", theme: "t", stories: [{ id: "s", title: "S", points: 3 }] }],
    ["an unknown key", "epic", { title: "A", theme: "t", colour: "red" }],
    ["a missing key", "theme", {}],
    ["a wrong type deep inside", "epic", { title: "A", theme: "t", stories: [{ id: "s", title: 4 }] }],
    [
      "an unknown key in a story",
      "epic",
      { title: "A", theme: "t", stories: [{ id: "s", title: "S", pts: 1 }] },
    ],
    ["a bad date", "milestone", { title: "M", start: "2026-02-30", end: "2026-03-01" }],
  ];
  test.each(cases)(
    "%s: the same result and issues with and without the generated function",
    (_name, kind, value) => {
      const schema = fileSchemas[kind];
      const jitless = schema.safeParse(value, { jitless: true });
      const compiled = schema.safeParse(value, { jitless: false });
      expect(compiled.success).toBe(jitless.success);
      expect(compiled.data).toEqual(jitless.data);
      expect(compiled.error?.issues).toEqual(jitless.error?.issues);
    },
  );
});

describe("the schema definitions the walkers read (_zod.def)", () => {
  test("wrappers name their inner schema innerType", () => {
    const inner = z.string();
    for (const wrapped of [
      z.optional(inner),
      z.nullable(inner),
      z._default(inner, "x"),
      z.prefault(inner, "x"),
    ]) {
      expect(schemaAt(wrapped, [])).toBe(inner);
    }
  });

  test("objects keep shape, lists element, records valueType", () => {
    const leaf = z.number();
    const schema = strictObject({ list: z.array(strictObject({ map: z.record(z.string(), leaf) })) });
    expect(schemaAt(schema, ["list", 0, "map", "any"])).toBe(leaf);
    expect(schemaAt(fileSchemas.epic, ["stories", 0, "id"])?._zod.def.type).toBe("string");
  });
});
