// `roadmap mv <id> <new-id>` (docs/edit.md): a new id for an item, its file moved within
// its subfolder, and every reference to it rewritten.
import { FOLDER_KINDS } from "../edit/item-index.js";
import { type EditOptions, runEdit } from "./edit-session.js";
import type { Io } from "./io.js";

export async function runMv(name: string, to: string, options: EditOptions, io: Io): Promise<number> {
  return runEdit("mv", options, io, ({ index }) => [
    { type: "rename", item: index.resolve(name, [...FOLDER_KINDS, "story"]), to },
  ]);
}
