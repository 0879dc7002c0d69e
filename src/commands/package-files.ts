// Files the package ships beside dist/ (package.json "files"): the example road map and the JSON
// Schemas that `init` copies into a road map.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { UsageError } from "../errors.js";

/** `name` (a folder holding `marker`) in the package; this module is somewhere below dist/ or src/. */
export function findPackageFolder(name: string, marker: string): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 4; depth++) {
    const candidate = join(folder, name);
    if (existsSync(join(candidate, marker))) return candidate;
    folder = dirname(folder);
  }
  throw new UsageError(`${name}/${marker} is missing from this installation of roadmap`);
}

/** The package's JSON Schemas (schemas/*.schema.json, from `npm run schemas`), by file name. */
export function readPackageSchemas(): Map<string, string> {
  const folder = findPackageFolder("schemas", "mission.schema.json");
  const names = readdirSync(folder).filter((name) => name.endsWith(".schema.json"));
  return new Map(names.sort().map((name) => [name, readFileSync(join(folder, name), "utf8")]));
}
