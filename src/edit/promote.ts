// `roadmap promote` as edits (docs/edit.md): a new epic carrying the idea's title,
// description, requests and score, and the idea marked promoted to it. Pure.
import { didYouMean } from "../util/did-you-mean.js";
import { EditError } from "./edit-error.js";
import type { ItemIndex } from "./item-index.js";
import type { Edit, EditInput } from "./plan-edit.js";

export interface PromoteOptions {
  /** The epic's theme; default: the idea's own. */
  theme?: string;
  milestone?: string;
  /** The epic's id; default: the idea's. */
  as?: string;
}

export function promoteEdits(
  input: EditInput,
  index: ItemIndex,
  name: string,
  options: PromoteOptions,
): Edit[] {
  const item = index.resolve(name, ["idea"]);
  const file = index.fileOf("idea", item.id) as string;
  const idea = ideaValue(input, file);
  if (idea.status === "promoted") {
    throw new EditError(
      `idea "${item.id}" is already promoted${typeof idea.promoted_to === "string" ? ` to epic "${idea.promoted_to}"` : ""}`,
    );
  }
  const theme = options.theme ?? (typeof idea.theme === "string" ? idea.theme : undefined);
  if (theme === undefined)
    throw new EditError(`idea "${item.id}" names no theme: promote it with --theme <id>`);
  checkExists(index, "theme", theme);
  if (options.milestone !== undefined) checkExists(index, "milestone", options.milestone);
  const epic = options.as ?? item.id;
  const values: Record<string, unknown> = { title: idea.title, theme };
  if (options.milestone !== undefined) values.milestone = options.milestone;
  if (idea.description !== undefined) values.description = idea.description;
  // An epic's request has no note: the idea keeps the notes, and links to the epic.
  if (Array.isArray(idea.requested_by)) {
    values.requested_by = idea.requested_by.map((request: Record<string, unknown>) => {
      const { note: _note, ...rest } = request;
      return rest;
    });
  }
  if (idea.score !== undefined) values.score = idea.score;
  return [
    { type: "create", item: { kind: "epic", id: epic }, values },
    {
      type: "change",
      item,
      changes: [
        { op: "set", key: ["status"], value: "promoted" },
        { op: "set", key: ["promoted_to"], value: epic },
      ],
    },
  ];
}

function ideaValue(input: EditInput, file: string): Record<string, unknown> {
  const parsed = input.parsed.get(file);
  const value = parsed?.ok ? parsed.value : undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new EditError(`${file} cannot be promoted: it is not a readable idea (run roadmap validate)`);
  }
  return value as Record<string, unknown>;
}

function checkExists(index: ItemIndex, kind: "theme" | "milestone", id: string): void {
  if (index.fileOf(kind, id) === undefined)
    throw new EditError(`no ${kind} "${id}"${didYouMean(id, index.idsOf(kind))}`);
}
