// The layers of docs/architecture.md, checked on every import in src/: dependencies point one
// way (model <- diagnostics <- parse <- load / core <- views <- commands <- cli), the core
// reads no file and starts no process, and only the commands and the readers may touch the
// file-reading layer (load/). A new folder must be given its layer here.
import { readdirSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

type Layer =
  | "util"
  | "model"
  | "diagnostics"
  | "parse"
  | "load"
  | "core"
  | "history-read"
  | "views"
  | "commands"
  | "cli";

/** Longest prefix wins: `src/history/read/` is a reader, the rest of `src/history/` is core. */
const LAYER_OF_PATH: readonly (readonly [string, Layer])[] = [
  ["src/util/", "util"],
  ["src/errors.ts", "util"],
  ["src/version.ts", "util"],
  ["src/model/", "model"],
  ["src/diagnostics/", "diagnostics"],
  ["src/parse/", "parse"],
  ["src/load/", "load"],
  ["src/validate/", "core"],
  ["src/lint/", "core"],
  ["src/rollup/", "core"],
  ["src/history/", "core"],
  ["src/review/", "core"],
  ["src/format/", "core"],
  ["src/edit/", "core"],
  ["src/audience/", "core"],
  ["src/intake/", "core"],
  ["src/sync/", "core"],
  ["src/init/", "core"],
  ["src/history/read/", "history-read"],
  ["src/views/", "views"],
  ["src/export/", "views"],
  ["src/completion/", "commands"],
  ["src/commands/", "commands"],
  ["src/cli.ts", "cli"],
];

const BELOW_LOAD: readonly Layer[] = ["util", "model", "diagnostics", "parse"];
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  util: ["util"],
  model: ["util", "model"],
  diagnostics: ["util", "model", "diagnostics"],
  parse: BELOW_LOAD,
  load: [...BELOW_LOAD, "load"],
  core: [...BELOW_LOAD, "core"],
  "history-read": [...BELOW_LOAD, "load", "core", "history-read"],
  views: [...BELOW_LOAD, "core", "views"],
  commands: [...BELOW_LOAD, "load", "core", "history-read", "views", "commands"],
  cli: [...BELOW_LOAD, "load", "core", "history-read", "views", "commands", "cli"],
};

/** Packages that read files, start processes or threads: the business of load/ and above. */
const IO_PACKAGES = /^(node:)?(fs|fs\/promises|child_process|worker_threads|net)$|^simple-git$/;
const MAY_DO_IO: readonly Layer[] = ["load", "history-read", "commands", "cli"];

interface Import {
  from: string;
  specifier: string;
}

interface LayerViolation {
  from: string;
  imports: string;
  why: string;
}

function layerOf(path: string): Layer | undefined {
  let found: readonly [string, Layer] | undefined;
  for (const entry of LAYER_OF_PATH) {
    if (path.startsWith(entry[0]) && entry[0].length > (found?.[0].length ?? -1)) found = entry;
  }
  return found?.[1];
}

function findViolations(imports: readonly Import[]): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const { from, specifier } of imports) {
    const layer = layerOf(from);
    if (layer === undefined) {
      violations.push({ from, imports: specifier, why: "this file has no layer (add its folder above)" });
      continue;
    }
    if (!specifier.startsWith(".")) {
      if (IO_PACKAGES.test(specifier) && !MAY_DO_IO.includes(layer)) {
        violations.push({ from, imports: specifier, why: `${layer} reads no file and starts no process` });
      }
      continue;
    }
    const target = posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.js$/, ".ts");
    const targetLayer = layerOf(target);
    if (targetLayer !== undefined && !MAY_IMPORT[layer].includes(targetLayer)) {
      violations.push({ from, imports: target, why: `${layer} may not import ${targetLayer}` });
    }
  }
  return violations;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^"';]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g;

function listImports(from: string, text: string): Import[] {
  return [...text.matchAll(IMPORT)].map((match) => ({
    from,
    specifier: (match[1] ?? match[2] ?? match[3]) as string,
  }));
}

const ROOT = fileURLToPath(new URL("../", import.meta.url));

function listSourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((path) => posix.join(dir, path.split("\\").join("/")))
    .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path));
}

describe("the layer check", () => {
  test.each([
    ["src/validate/x.ts", "../load/folder-source.js", "core may not import load"],
    ["src/views/text/x.ts", "../../history/read/read-log.js", "views may not import history-read"],
    ["src/model/x.ts", "../diagnostics/diagnostic.js", "model may not import diagnostics"],
    ["src/load/x.ts", "../validate/validate-roadmap.js", "load may not import core"],
    ["src/rollup/x.ts", "node:fs", "core reads no file and starts no process"],
    ["src/history/x.ts", "node:child_process", "core reads no file and starts no process"],
    ["src/newfolder/x.ts", "../model/layout.js", "this file has no layer (add its folder above)"],
  ])("%s importing %s: %s", (from, specifier, why) => {
    expect(findViolations([{ from, specifier }]).map((violation) => violation.why)).toEqual([why]);
  });

  test.each([
    ["src/history/read/x.ts", "../../load/git.js"],
    ["src/history/read/x.ts", "../diff.js"],
    ["src/commands/x.ts", "../load/folder-source.js"],
    ["src/load/x.ts", "node:fs"],
    ["src/validate/x.ts", "../parse/parse-yaml.js"],
    ["src/views/text/x.ts", "chalk"],
  ])("%s may import %s", (from, specifier) => {
    expect(findViolations([{ from, specifier }])).toEqual([]);
  });

  test("imports, re-exports and dynamic imports are all found", () => {
    const text = [
      'import type { A } from "../a.js";',
      'import {\n  b,\n  c,\n} from "./b.js";',
      'export { d } from "../d.js";',
      'const { e } = await import("../e.js");',
      'import "./side-effect.js";',
    ].join("\n");
    expect(listImports("src/x.ts", text).map((found) => found.specifier)).toEqual([
      "../a.js",
      "./b.js",
      "../d.js",
      "../e.js",
      "./side-effect.js",
    ]);
  });
});

test("every import in src/ follows the layers", () => {
  const files = listSourceFiles("src");
  expect(files.length).toBeGreaterThan(100);
  const imports = files.flatMap((path) => listImports(path, readFileSync(join(ROOT, path), "utf8")));
  expect(findViolations(imports)).toEqual([]);
});
