// `roadmap promote <idea> --theme <id> [--milestone <id>] [--as <epic-id>]` (docs/edit.md,
// docs/edit.md): the idea becomes an epic, and stays linked to it.
import { type PromoteOptions, promoteEdits } from "../edit/promote.js";
import { type EditOptions, runEdit } from "./edit-session.js";
import type { Io } from "./io.js";

export async function runPromote(
  name: string,
  options: EditOptions & PromoteOptions,
  io: Io,
): Promise<number> {
  return runEdit("promote", options, io, ({ input, index }) => promoteEdits(input, index, name, options));
}
