// Start-up is a feature (bench section 10-validate measures it): `roadmap --version` and
// `roadmap validate` must never load ink and react, which only `roadmap ui` needs and which cost
// more to load than everything else together. The bundle's module graph
// (dist/meta.json, esbuild's metafile) says which chunks a command loads statically; a run
// under a module hook checks that the graph matches what node really loads.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { BIN } from "../run-cli.js";

interface MetaOutput {
  entryPoint?: string;
  imports: { path: string; kind: string; external?: boolean }[];
  inputs: Record<string, unknown>;
}
interface Metafile {
  outputs: Record<string, MetaOutput>;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HEAVY = /(^|\/)node_modules\/(ink|react|react-reconciler|scheduler|yoga-layout)\//;

/** Every output file loaded by `start` before any dynamic import runs. */
function collectStaticOutputs(meta: Metafile, start: string): Set<string> {
  const seen = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    for (const imported of meta.outputs[path]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external && imported.path in meta.outputs) {
        pending.push(imported.path);
      }
    }
  }
  return seen;
}

function listHeavyInputs(meta: Metafile, outputs: Set<string>): string[] {
  return [...outputs]
    .flatMap((output) => Object.keys(meta.outputs[output]?.inputs ?? {}))
    .filter((input) => HEAVY.test(input));
}

function outputOfEntry(meta: Metafile, entryPoint: string): string {
  const found = Object.entries(meta.outputs).find(([, output]) => output.entryPoint === entryPoint);
  if (!found) throw new Error(`no output for ${entryPoint} in dist/meta.json`);
  return found[0];
}

function listInputs(meta: Metafile, outputs: Set<string>): string[] {
  return [...outputs].flatMap((output) => Object.keys(meta.outputs[output]?.inputs ?? {}));
}

describe("the module-graph check", () => {
  const output = (imports: MetaOutput["imports"], inputs: string[], entryPoint?: string): MetaOutput => ({
    entryPoint,
    imports,
    inputs: Object.fromEntries(inputs.map((input) => [input, {}])),
  });
  const meta = (chunkKind: string): Metafile => ({
    outputs: {
      "dist/cli.js": output(
        [
          { path: "dist/chunks/shared.js", kind: "import-statement" },
          { path: "dist/chunks/ui.js", kind: "dynamic-import" },
        ],
        ["src/cli.ts"],
        "src/cli.ts",
      ),
      "dist/chunks/shared.js": output([{ path: "dist/chunks/heavy.js", kind: chunkKind }], ["src/a.ts"]),
      "dist/chunks/heavy.js": output([], ["node_modules/ink/build/index.js", "node_modules/react/index.js"]),
      "dist/chunks/ui.js": output([], ["node_modules/yoga-layout/dist/index.js"]),
    },
  });

  test.each([
    ["a static import of ink and react is found", "import-statement", 2],
    ["a dynamic import is not on the start-up path", "dynamic-import", 0],
  ])("%s", (_name, kind, heavy) => {
    const graph = meta(kind);
    expect(listHeavyInputs(graph, collectStaticOutputs(graph, "dist/cli.js"))).toHaveLength(heavy);
  });
});

describe("the built CLI", () => {
  const meta = JSON.parse(readFileSync(join(ROOT, "dist", "meta.json"), "utf8")) as Metafile;
  const entry = collectStaticOutputs(meta, "dist/cli.js");
  const validate = new Set([
    ...entry,
    ...collectStaticOutputs(meta, outputOfEntry(meta, "src/commands/validate.ts")),
  ]);

  test("the bundle holds ink and react for roadmap ui, so the check below would see them", () => {
    const heavy = listHeavyInputs(meta, new Set(Object.keys(meta.outputs)));
    for (const library of ["ink", "react"]) {
      expect(heavy.some((input) => input.includes(`node_modules/${library}/`))).toBe(true);
    }
  });

  test("roadmap --version loads commander but no ink or react", () => {
    expect(listInputs(meta, entry).some((input) => input.includes("node_modules/commander/"))).toBe(true);
    expect(listHeavyInputs(meta, entry)).toEqual([]);
  });

  test("roadmap validate loads the YAML parsers and zod but no ink or react", () => {
    const inputs = listInputs(meta, validate);
    for (const library of ["js-yaml", "zod"]) {
      expect(inputs.some((input) => input.includes(`node_modules/${library}/`))).toBe(true);
    }
    expect(listHeavyInputs(meta, validate)).toEqual([]);
  });

  describe("at run time", () => {
    const scratch = mkdtempSync(join(tmpdir(), "roadmap-startup-"));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    // Resolve hooks run on a separate thread in Node 20: the hook appends each URL to a file.
    const hook = join(scratch, "hook.mjs");
    writeFileSync(
      hook,
      [
        'import { appendFileSync } from "node:fs";',
        "export async function resolve(specifier, context, next) {",
        "  const result = await next(specifier, context);",
        '  appendFileSync(process.env.ROADMAP_LOAD_LOG, result.url + "\\n");',
        "  return result;",
        "}",
      ].join("\n"),
    );
    const register = join(scratch, "register.mjs");
    writeFileSync(
      register,
      `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`,
    );

    /** The dist/ files (relative to the package) that a real run of the CLI loads. */
    const recordLoads = (name: string, args: string[]): string[] => {
      const log = join(scratch, `${name}.log`);
      writeFileSync(log, "");
      const result = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, BIN, ...args], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: "1", ROADMAP_LOAD_LOG: log },
        encoding: "utf8",
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const distUrl = pathToFileURL(join(ROOT, "dist")).href;
      const urls = readFileSync(log, "utf8").split("\n").filter(Boolean);
      expect(urls.filter((url) => HEAVY.test(url))).toEqual([]);
      return urls.filter((url) => url.startsWith(distUrl)).map((url) => `dist${url.slice(distUrl.length)}`);
    };

    test("roadmap --version loads only the chunks the graph predicts", () => {
      const loaded = recordLoads("version", ["--version"]);
      expect(loaded).toContain("dist/cli.js");
      expect(loaded.filter((file) => !entry.has(file))).toEqual([]);
    });

    test("roadmap validate loads only the chunks the graph predicts", () => {
      const loaded = recordLoads("validate", ["validate", "-C", join(ROOT, "examples", "acme")]);
      expect(loaded).toContain(outputOfEntry(meta, "src/commands/validate.ts"));
      expect(loaded.filter((file) => !validate.has(file))).toEqual([]);
    });
  });
});

test("only the files that call require get the createRequire shim", () => {
  const meta = JSON.parse(readFileSync(join(ROOT, "dist/meta.json"), "utf8")) as Metafile;
  const files = Object.keys(meta.outputs).filter((name) => name.endsWith(".js"));
  const shimmed = files.filter((name) =>
    readFileSync(join(ROOT, name), "utf8").startsWith("import { createRequire as __createRequire }"),
  );
  // commander's chunk needs it; most of the many small chunks do not.
  expect(shimmed.length).toBeGreaterThan(0);
  expect(shimmed.length).toBeLessThan(files.length / 4);
  for (const name of shimmed) {
    const code = readFileSync(join(ROOT, name), "utf8");
    expect(code.slice(code.indexOf(";", code.indexOf("__createRequire(")) + 1)).toMatch(/\brequire\b/);
  }
});
