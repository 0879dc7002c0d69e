// `init --example` writes the files of examples/acme (the one copy of the example's content),
// with each modeline pointing at the road map's own schemas (modeline.ts).
import { classifyPath } from "../model/layout.js";
import { withModeline } from "./modeline.js";
import type { PlannedFile } from "./scaffold.js";

/** The example's road-map files (others are left out), modelines set, sorted by path. */
export function planExampleFiles(files: readonly PlannedFile[]): PlannedFile[] {
  return files
    .flatMap((file) => {
      const kind = classifyPath(file.path);
      if (kind === undefined || kind === "stray") return [];
      return [{ path: file.path, text: withModeline(file.text, kind, file.path) }];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
