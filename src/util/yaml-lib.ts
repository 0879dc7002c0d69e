// `yaml` (the position-keeping Document API) adds to start-up, and a clean road map
// never needs it: only files with problems are re-read for positions and wording. So it is
// required on first use rather than imported. Left out of the bundle on purpose (esbuild does
// not follow this call); it resolves from node_modules, where it is a dependency.
import { createRequire } from "node:module";

type YamlLib = typeof import("yaml");

let loaded: YamlLib | undefined;

export function yamlLib(): YamlLib {
  loaded ??= createRequire(import.meta.url)("yaml") as YamlLib;
  return loaded;
}
