// `roadmap new <theme|milestone|epic|story|idea> <id> [key=value ...]` (docs/edit.md):
// a new file (a story: a new entry in its epic), validated with the whole road map first.
import { parseAssignment } from "../edit/assignment.js";
import { EditError } from "../edit/edit-error.js";
import type { EditKind } from "../edit/item-index.js";
import { nameKind } from "../edit/item-index.js";
import { fieldsOfKind, valuesFrom } from "../edit/kind-fields.js";
import { didYouMean } from "../util/did-you-mean.js";
import { type EditOptions, runEdit } from "./edit-session.js";
import { newKinds } from "./flag-values.js";
import type { Io } from "./io.js";

export interface NewOptions extends EditOptions {
  folder?: string;
}

export async function runNew(
  kindName: string,
  id: string,
  assignments: readonly string[],
  options: NewOptions,
  io: Io,
): Promise<number> {
  const kind = pickKind(kindName);
  return runEdit(`new ${kind}`, options, io, ({ today }) => {
    const fields = fieldsOfKind(kind);
    const values = valuesFrom(assignments.map((text) => parseAssignment(text, fields, nameKind(kind))));
    // docs/edit.md: a new idea records the day it came in.
    if (kind === "idea" && values.submitted === undefined) values.submitted = today;
    if (kind === "story" && !id.includes("/")) {
      throw new EditError(`a story is named epic-id/story-id (got "${id}")`);
    }
    if (kind === "story" && options.folder !== undefined) {
      throw new EditError("--folder names a subfolder for a new file; a story goes in its epic's file");
    }
    return [
      {
        type: "create",
        item: { kind, id },
        values,
        ...(options.folder === undefined ? {} : { folder: options.folder }),
      },
    ];
  });
}

function pickKind(name: string): Exclude<EditKind, "mission"> {
  if ((newKinds as readonly string[]).includes(name)) return name as (typeof newKinds)[number];
  throw new EditError(
    `cannot make a new "${name}"${didYouMean(name, newKinds)}; use one of: ${newKinds.join(", ")}`,
  );
}
