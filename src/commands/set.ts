// `roadmap set <id | epic-id/story-id> key=value ...` (docs/edit.md): `key=` removes an
// optional key, `key+=value` / `key-=value` add to and remove from a list.
import { parseAssignment } from "../edit/assignment.js";
import { nameKind } from "../edit/item-index.js";
import { fieldsOfKind } from "../edit/kind-fields.js";
import { type EditOptions, runEdit } from "./edit-session.js";
import type { Io } from "./io.js";

export async function runSet(
  name: string,
  assignments: readonly string[],
  options: EditOptions,
  io: Io,
): Promise<number> {
  return runEdit("set", options, io, ({ index }) => {
    const item = index.resolve(name);
    const fields = fieldsOfKind(item.kind);
    const changes = assignments.map((text) => parseAssignment(text, fields, nameKind(item.kind)));
    return [{ type: "change", item, changes }];
  });
}
