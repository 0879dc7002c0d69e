// The floor for `roadmap validate`: only read every YAML file of a road-map folder with
// readFileSync and parse it with js-yaml's CORE_SCHEMA (the loader's fast path). Validation
// cannot be faster than this; the benchmark reports validate as a multiple of it.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jsYaml from "js-yaml";

function parseFolder(dir) {
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files += parseFolder(path);
    else if (/\.ya?ml$/.test(entry.name)) {
      jsYaml.load(readFileSync(path, "utf8"), { schema: jsYaml.CORE_SCHEMA });
      files += 1;
    }
  }
  return files;
}

const dir = process.argv[2];
if (!dir) throw new Error("usage: node bench/floor.mjs <road-map folder>");
process.stdout.write(`${parseFolder(dir)} files\n`);
