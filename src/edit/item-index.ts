// Which file holds which item, from the folder listing alone (no validation needed): an edit
// may target a file that does not pass the schema yet, to fix it. Ids typed on the command line
// are resolved here, with a "did you mean" when nothing matches (docs/edit.md, "Naming items").

import { classifyPath, type FolderKind, idFromPath } from "../model/layout.js";
import type { ParsedYaml } from "../parse/parse-yaml.js";
import type { SourceListing } from "../parse/source-files.js";
import { didYouMean } from "../util/did-you-mean.js";
import { EditError } from "./edit-error.js";

/** Kinds an edit can address: the four kinds of file, the mission, and stories inside epics. */
export type EditKind = FolderKind | "mission" | "story";

/** An item named by an edit. A story's id is `epic-id/story-id`; the mission's is "mission". */
export interface ItemRef {
  kind: EditKind;
  id: string;
}

/** "an epic", "a story", "the mission": how messages name a kind. */
export function nameKind(kind: EditKind): string {
  if (kind === "mission") return "the mission";
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

export const FOLDER_KINDS: readonly FolderKind[] = ["theme", "milestone", "epic", "idea", "team"];

export class ItemIndex {
  /** The first file of each id, by kind (a duplicate id is validation's business). */
  private readonly files = new Map<FolderKind, Map<string, string>>(
    FOLDER_KINDS.map((kind) => [kind, new Map()]),
  );
  readonly missionFile: string | undefined;

  /** `parsed`: the files' parses, to let a promoted idea give way to its epic when they share an id. */
  constructor(
    listing: SourceListing,
    private readonly parsed?: ReadonlyMap<string, ParsedYaml>,
  ) {
    let mission: string | undefined;
    for (const file of listing.files) {
      const kind = classifyPath(file.path);
      if (kind === "mission") mission ??= file.path;
      if (kind === undefined || kind === "mission" || kind === "config" || kind === "stray") continue;
      const ids = this.files.get(kind) as Map<string, string>;
      const id = idFromPath(file.path);
      if (!ids.has(id)) ids.set(id, file.path);
    }
    this.missionFile = mission;
  }

  /** The file of an item of a kind, or undefined. */
  fileOf(kind: FolderKind, id: string): string | undefined {
    return this.files.get(kind)?.get(id);
  }

  /** Every id of a kind. */
  idsOf(kind: FolderKind): string[] {
    return [...(this.files.get(kind)?.keys() ?? [])];
  }

  /**
   * The item a command-line name means: `epic-id/story-id` a story, `kind:id` that kind's item,
   * `mission` the mission, else the one item of any kind with that id. Two kinds sharing the id
   * must be told apart (`theme:growth`).
   */
  resolve(name: string, allowed: readonly EditKind[] = [...FOLDER_KINDS, "mission", "story"]): ItemRef {
    const colon = name.indexOf(":");
    if (colon !== -1) {
      const kind = name.slice(0, colon) as FolderKind;
      const id = name.slice(colon + 1);
      if (!(FOLDER_KINDS as readonly string[]).includes(kind) || !allowed.includes(kind)) {
        const kinds = FOLDER_KINDS.filter((candidate) => allowed.includes(candidate));
        throw new EditError(
          `"${kind}" is not a kind of item here${didYouMean(kind, kinds)}; use ${kinds.join(", ")}`,
        );
      }
      if (this.fileOf(kind, id) === undefined) throw this.unknown(id, [kind]);
      return { kind, id };
    }
    if (name.includes("/")) {
      if (!allowed.includes("story"))
        throw new EditError(`"${name}" names a story; this command takes ${allowed.join(", ")}`);
      const { epic, story } = splitStoryName(name);
      if (this.fileOf("epic", epic) === undefined) throw this.unknown(epic, ["epic"]);
      return { kind: "story", id: `${epic}/${story}` };
    }
    let kinds = FOLDER_KINDS.filter(
      (kind) => allowed.includes(kind) && this.fileOf(kind, name) !== undefined,
    );
    // `roadmap promote` names the epic after the idea: the idea has done its job, the epic is meant.
    if (kinds.includes("epic") && kinds.includes("idea") && this.promotedTo(name) === name) {
      kinds = kinds.filter((kind) => kind !== "idea");
    }
    if (kinds.length === 1) return { kind: kinds[0] as FolderKind, id: name };
    if (kinds.length > 1) {
      throw new EditError(
        `"${name}" is ${kinds.map(nameKind).join(" and ")}; say which: ${kinds.map((kind) => `${kind}:${name}`).join(" or ")}`,
      );
    }
    if (name === "mission" && allowed.includes("mission")) {
      if (this.missionFile === undefined)
        throw new EditError("the road map has no mission.yaml (run roadmap init)");
      return { kind: "mission", id: "mission" };
    }
    throw this.unknown(
      name,
      FOLDER_KINDS.filter((kind) => allowed.includes(kind)),
    );
  }

  private promotedTo(idea: string): unknown {
    const value = this.parsed?.get(this.fileOf("idea", idea) as string)?.value;
    return typeof value === "object" && value !== null
      ? (value as { promoted_to?: unknown }).promoted_to
      : undefined;
  }

  private unknown(id: string, kinds: readonly FolderKind[]): EditError {
    const what = kinds.length === 1 ? (kinds[0] as string) : "item";
    const candidates = kinds.flatMap((kind) => this.idsOf(kind));
    return new EditError(`no ${what} "${id}"${didYouMean(id, candidates)}`);
  }
}

/**
 * `epic-id/story-id` split at its first slash. The story part keeps any further slash, so that
 * `sso/a/b` is refused as a story id rather than read as `sso/a` (docs/edit.md).
 */
export function splitStoryName(name: string): { epic: string; story: string } {
  const slash = name.indexOf("/");
  return slash === -1
    ? { epic: name, story: "" }
    : { epic: name.slice(0, slash), story: name.slice(slash + 1) };
}
