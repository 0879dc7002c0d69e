// `init --example` writes the files of examples/acme (the one copy of the example's content),
// with each modeline pointing at the schemas of the running version.
import { classifyPath } from "../load/source.js";
import { type SchemaKind, withModeline } from "./modeline.js";
import type { PlannedFile } from "./scaffold.js";

const SCHEMA_KINDS: ReadonlySet<string> = new Set<SchemaKind>([
  "mission",
  "theme",
  "milestone",
  "epic",
  "idea",
]);

/** The example's road-map files (others are left out), modelines set to `version`, sorted by path. */
export function planExampleFiles(files: readonly PlannedFile[], version: string): PlannedFile[] {
  return files
    .flatMap((file) => {
      const kind = classifyPath(file.path);
      if (kind === undefined || kind === "stray") return [];
      const text = SCHEMA_KINDS.has(kind) ? withModeline(file.text, kind as SchemaKind, version) : file.text;
      return [{ path: file.path, text }];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
