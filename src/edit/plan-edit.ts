// The edit engine (docs/edit.md, "The engine"): road-map files and a list of edits in, the new
// texts, the semantic changes and the problems the edits would bring out. Pure: nothing is read
// or written here (commands/edit-session.ts does both), so `new`, `set`, `mv`, `promote` and
// `sync` share one way to change the road map.
//
// Only the files an edit touches are parsed with the `yaml` Document API (comments, order); the
// result is validated whole through the fast path: the untouched files' parses are reused.
import { type Document, parseDocument } from "yaml";
import type { Finding } from "../diagnostics/diagnostic.js";
import { type KeyOrder, keyOrders } from "../format/key-order.js";
import type { Change } from "../history/change.js";
import { diffRoadmaps } from "../history/diff.js";
import { classifyPath, type FolderKind, folderOfKind } from "../model/layout.js";
import { collectReferences } from "../model/references.js";
import { buildRoadmap, type Roadmap } from "../model/roadmap.js";
import { ID_MAX_LENGTH, ID_PATTERN } from "../model/schemas.js";
import { type ParsedYaml, parseYamlText } from "../parse/parse-yaml.js";
import type { SourceFile, SourceListing } from "../parse/source-files.js";
import { didYouMean } from "../util/did-you-mean.js";
import { type ValidationResult, validateSources } from "../validate/validate-roadmap.js";
import type { FieldChange } from "./assignment.js";
import {
  addToList,
  createNode,
  type DocumentPath,
  deleteIn,
  getIn,
  indexWhere,
  removeFromList,
  renameKey,
  setIn,
} from "./document-edits.js";
import { EditError } from "./edit-error.js";
import { ItemIndex, type ItemRef, splitStoryName } from "./item-index.js";
import { renderEdited, textOnDisk, writeDocument } from "./render-document.js";

export type Edit =
  /** A new item: a file, or a story appended to its epic. `folder`: a subfolder of the kind's folder. */
  | { type: "create"; item: ItemRef; values: Readonly<Record<string, unknown>>; folder?: string }
  | { type: "change"; item: ItemRef; changes: readonly FieldChange[] }
  /** A new id: the file moves (same subfolder) and every reference follows. */
  | { type: "rename"; item: ItemRef; to: string };

export interface EditInput {
  listing: SourceListing;
  /** Every road-map document's parse, by path (load/read-sources.ts). */
  parsed: ReadonlyMap<string, ParsedYaml>;
  /** What a new file of a kind at a path starts with (the schema modeline). */
  headerOf?: (kind: FolderKind, path: string) => string;
}

export interface PlannedFile {
  path: string;
  /** The new text; undefined when the file goes (it moved). */
  text: string | undefined;
  /** The bytes read; undefined for a new file. */
  before: Uint8Array | undefined;
}

export interface EditPlan {
  /** Files whose bytes change, in path order. */
  files: PlannedFile[];
  /** What changed, as `roadmap diff` says it. */
  changes: Change[];
  /** Errors the edit would bring in: when any, nothing may be written. */
  problems: Finding[];
  /** Errors the road map had already and keeps (the edit may still be written). */
  remaining: Finding[];
  /** Texts after the edit, to locate findings. */
  textOf(file: string): string | undefined;
}

export function planEdit(input: EditInput, edits: readonly Edit[]): EditPlan {
  const work = new Workspace(input);
  for (const edit of edits) {
    if (edit.type === "create") work.create(edit.item, edit.values, edit.folder);
    else if (edit.type === "change") work.change(edit.item, edit.changes);
    else work.rename(edit.item, edit.to);
  }
  const files = work.render();
  return checkResult(input, files, work.moves);
}

/** The documents being edited and what happens to their files. */
class Workspace {
  readonly index: ItemIndex;
  private readonly docs = new Map<string, Document>();
  /** Each edited document written in fmt's layout before its first edit. */
  private readonly layouts = new Map<string, string>();
  private readonly created = new Map<string, { kind: FolderKind; doc: Document }>();
  /** Old path -> new path. */
  readonly moves = new Map<string, string>();

  constructor(private readonly input: EditInput) {
    this.index = new ItemIndex(input.listing, input.parsed);
  }

  create(item: ItemRef, values: Readonly<Record<string, unknown>>, folder: string | undefined): void {
    if (item.kind === "story") {
      const { file, storyId } = this.storyPlace(item.id);
      checkId(storyId, "story");
      const doc = this.doc(file);
      if (indexWhere(doc, ["stories"], "id", storyId) !== -1)
        throw new EditError(`epic "${item.id.split("/")[0]}" already has a story "${storyId}"`);
      addToList(doc, ["stories"], [{ id: storyId, ...values }], keyOrders.epic);
      return;
    }
    if (item.kind === "mission") throw new EditError("the mission is made by roadmap init");
    checkId(item.id, item.kind);
    const existing = this.index.fileOf(item.kind, item.id) ?? this.createdFile(item.kind, item.id);
    if (existing !== undefined) throw new EditError(`${item.kind} "${item.id}" already exists (${existing})`);
    const path = `${folderOfKind(item.kind)}/${subfolder(folder ?? this.defaultFolder(item.kind, values))}${item.id}.yaml`;
    const doc = parseDocument("");
    doc.contents = createNode(doc, values, keyOrders[item.kind]) as typeof doc.contents;
    this.created.set(path, { kind: item.kind, doc });
  }

  change(item: ItemRef, changes: readonly FieldChange[]): void {
    const { file, prefix, order } = this.locate(item);
    const doc = this.doc(file);
    for (const change of changes) {
      const path = [...prefix, ...change.key];
      if (change.op === "set") setIn(doc, path, change.value, order);
      else if (change.op === "unset") deleteIn(doc, path);
      else if (change.op === "add") addToList(doc, path, change.values, order);
      else {
        const missing = removeFromList(doc, path, change.values);
        if (missing.length > 0) throw notInList(item, change.key, missing[0], getIn(doc, path));
      }
    }
  }

  rename(item: ItemRef, to: string): void {
    if (item.kind === "mission") throw new EditError("the mission has no id to change");
    if (item.kind === "story") {
      this.renameStory(item.id, to);
      return;
    }
    checkId(to, item.kind);
    const file = this.index.fileOf(item.kind, item.id) as string;
    const taken = this.index.fileOf(item.kind, to);
    if (taken !== undefined) throw new EditError(`${item.kind} "${to}" already exists (${taken})`);
    if (this.input.listing.files.find((source) => source.path === file)?.viaLink) {
      throw new EditError(`${file} is reached through a symbolic link; move it by hand`);
    }
    const doc = this.doc(file);
    if (getIn(doc, ["id"]) !== undefined) setIn(doc, ["id"], to, keyOrders[item.kind]);
    this.moves.set(file, file.replace(/[^/]+(\.ya?ml)$/, `${to}$1`));
    for (const source of this.input.listing.files) {
      const kind = classifyPath(source.path);
      const parsed = this.input.parsed.get(source.path);
      if (kind === undefined || parsed === undefined || !parsed.ok) continue;
      for (const site of collectReferences(source.path, kind, parsed.value)) {
        if (site.kind !== item.kind || site.id !== item.id) continue;
        const target = this.doc(source.path);
        if (site.isKey) renameKey(target, site.path, to);
        else replaceScalar(target, site.path, to);
      }
    }
  }

  private renameStory(id: string, to: string): void {
    const { file, storyId } = this.storyPlace(id);
    const [epic] = id.split("/") as [string];
    const target = to.includes("/") ? to : `${epic}/${to}`;
    const { epic: toEpic, story: toStory } = splitStoryName(target);
    if (toEpic !== epic)
      throw new EditError(
        `a story keeps its epic: mv ${id} ${epic}/<new-id> (moving stories between epics is not supported)`,
      );
    checkId(toStory, "story");
    const doc = this.doc(file);
    const index = indexWhere(doc, ["stories"], "id", storyId);
    if (index === -1) throw this.noStory(doc, epic, storyId);
    if (indexWhere(doc, ["stories"], "id", toStory) !== -1)
      throw new EditError(`epic "${epic}" already has a story "${toStory}"`);
    replaceScalar(doc, ["stories", index, "id"], toStory);
  }

  /** The file, the path of the item inside it, and the key order that applies there. */
  private locate(item: ItemRef): { file: string; prefix: DocumentPath; order: KeyOrder | undefined } {
    if (item.kind === "mission")
      return { file: this.index.missionFile as string, prefix: [], order: keyOrders.mission };
    if (item.kind !== "story") {
      const file = this.index.fileOf(item.kind, item.id) ?? this.createdFile(item.kind, item.id);
      if (file === undefined)
        throw new EditError(
          `no ${item.kind} "${item.id}"${didYouMean(item.id, this.index.idsOf(item.kind))}`,
        );
      return { file, prefix: [], order: keyOrders[item.kind] };
    }
    const { file, storyId } = this.storyPlace(item.id);
    const doc = this.doc(file);
    const index = indexWhere(doc, ["stories"], "id", storyId);
    if (index === -1) throw this.noStory(doc, item.id.split("/")[0] as string, storyId);
    return { file, prefix: ["stories", index], order: keyOrders.epic };
  }

  private storyPlace(id: string): { file: string; storyId: string } {
    const { epic, story: storyId } = splitStoryName(id);
    if (storyId === "") throw new EditError(`a story is named epic-id/story-id (got "${id}")`);
    const file = this.index.fileOf("epic", epic) ?? this.createdFile("epic", epic);
    if (file === undefined)
      throw new EditError(`no epic "${epic}"${didYouMean(epic, this.index.idsOf("epic"))}`);
    return { file, storyId };
  }

  private noStory(doc: Document, epic: string, storyId: string): EditError {
    const stories = getIn(doc, ["stories"]);
    const ids = Array.isArray(stories)
      ? stories.flatMap((story) => (typeof story?.id === "string" ? [story.id] : []))
      : [];
    return new EditError(`epic "${epic}" has no story "${storyId}"${didYouMean(storyId, ids)}`);
  }

  private createdFile(kind: FolderKind, id: string): string | undefined {
    for (const [path, created] of this.created)
      if (created.kind === kind && path.endsWith(`/${id}.yaml`)) return path;
    return undefined;
  }

  /** An epic goes where the other epics of its theme are, when they all share one subfolder. */
  private defaultFolder(kind: FolderKind, values: Readonly<Record<string, unknown>>): string {
    if (kind !== "epic" || typeof values.theme !== "string") return "";
    const folders = new Set<string>();
    for (const id of this.index.idsOf("epic")) {
      const file = this.index.fileOf("epic", id) as string;
      const value = this.input.parsed.get(file)?.value as { theme?: unknown } | undefined;
      if (value?.theme === values.theme) folders.add(file.slice("epics/".length, file.lastIndexOf("/") + 1));
    }
    return folders.size === 1 ? ([...folders][0] as string) : "";
  }

  /** The document of a file being edited, parsed with the Document API on first use. */
  doc(path: string): Document {
    const created = this.created.get(path);
    if (created !== undefined) return created.doc;
    let doc = this.docs.get(path);
    if (doc !== undefined) return doc;
    const parsed = this.input.parsed.get(path);
    if (parsed === undefined || !parsed.ok || parsed.text === undefined) {
      throw new EditError(`${path} cannot be edited: it is not readable YAML (run roadmap validate)`);
    }
    doc = parseDocument(parsed.text, { uniqueKeys: true, strict: true, prettyErrors: false });
    if (doc.errors.length > 0)
      throw new EditError(`${path} cannot be edited: ${doc.errors[0]?.message.split("\n")[0]}`);
    this.docs.set(path, doc);
    this.layouts.set(path, writeDocument(doc));
    return doc;
  }

  /** The files whose bytes change: edited ones (moved ones at their new path), and new ones. */
  render(): PlannedFile[] {
    const files: PlannedFile[] = [];
    const sources = new Map(this.input.listing.files.map((file) => [file.path, file]));
    for (const [path, doc] of this.docs) {
      const source = sources.get(path) as SourceFile;
      const original = {
        text: this.input.parsed.get(path)?.text as string,
        bytes: source.bytes,
        layout: this.layouts.get(path) as string,
      };
      const text = renderEdited(doc, original);
      const moved = this.moves.get(path);
      if (moved !== undefined) {
        files.push({ path, text: undefined, before: source.bytes }, { path: moved, text, before: undefined });
      } else if (text !== textOnDisk(original)) {
        files.push({ path, text, before: source.bytes });
      }
    }
    for (const [path, { kind, doc }] of this.created) {
      files.push({
        path,
        text: (this.input.headerOf?.(kind, path) ?? "") + writeDocument(doc),
        before: undefined,
      });
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
}

/** Validates the road map as the edit leaves it, and says what changed. */
function checkResult(input: EditInput, files: PlannedFile[], moves: ReadonlyMap<string, string>): EditPlan {
  const encoder = new TextEncoder();
  const changed = new Map(files.map((file) => [file.path, file]));
  const parsed = new Map(input.parsed);
  const after: SourceFile[] = [];
  for (const source of input.listing.files) if (!changed.has(source.path)) after.push(source);
  for (const file of files) {
    if (file.text === undefined) {
      parsed.delete(file.path);
      continue;
    }
    after.push({ path: file.path, bytes: encoder.encode(file.text) });
    parsed.set(file.path, parseYamlText(file.path, file.text.replace(/^\uFEFF/, "")));
  }
  after.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const afterListing: SourceListing = { ...input.listing, files: after };
  const result = validateSources(afterListing, { parsed });
  const { problems, remaining } = compareErrors(input, result, moves);
  const before = roadmapBefore(input, result.roadmap, files);
  return { files, changes: diffRoadmaps(before, result.roadmap), problems, remaining, textOf: result.textOf };
}

/** Errors after the edit, split into new ones and ones the road map already had (by file, rule and message). */
function compareErrors(
  input: EditInput,
  after: ValidationResult,
  moves: ReadonlyMap<string, string>,
): { problems: Finding[]; remaining: Finding[] } {
  const errors = after.findings.filter((finding) => finding.severity === "error");
  if (errors.length === 0) return { problems: [], remaining: [] };
  const before = validateSources(input.listing, { parsed: input.parsed });
  const key = (finding: Finding, file = finding.file) => `${file}\0${finding.rule}\0${finding.message}`;
  const known = new Set(before.findings.map((finding) => key(finding, moves.get(finding.file))));
  return {
    problems: errors.filter((finding) => !known.has(key(finding))),
    remaining: errors.filter((finding) => known.has(key(finding))),
  };
}

/**
 * The road map before the edit, made from the one after it: the same item objects for every
 * untouched file (the diff skips those at once), and the touched files as they were.
 */
function roadmapBefore(input: EditInput, after: Roadmap, files: readonly PlannedFile[]): Roadmap {
  const touched = new Set(files.map((file) => file.path));
  const sources = input.listing.files.filter((source) => touched.has(source.path));
  const old = validateSources(
    { files: sources, findings: [], hasMission: true },
    { parsed: input.parsed, fileChecksOnly: true },
  ).roadmap;
  const keep = <T extends { file: string }>(items: readonly T[], extra: readonly T[]): T[] => [
    ...items.filter((item) => !touched.has(item.file)),
    ...extra,
  ];
  const missionTouched = after.mission !== undefined && touched.has(after.mission.file);
  return buildRoadmap({
    mission: missionTouched || old.mission !== undefined ? old.mission : after.mission,
    themes: keep(after.themes, old.themes),
    milestones: keep(after.milestones, old.milestones),
    teams: keep(after.teams, old.teams),
    epics: keep(after.epics, old.epics),
    ideas: keep(after.ideas, old.ideas),
    config: after.config,
  });
}

function replaceScalar(doc: Document, path: DocumentPath, value: string): void {
  const node = doc.getIn(path, true);
  if (node !== null && typeof node === "object" && "value" in node) {
    (node as { value: unknown; source?: string }).value = value;
    (node as { source?: string }).source = undefined;
  } else {
    doc.setIn(path, value);
  }
}

function checkId(id: string, kind: string): void {
  if (ID_PATTERN.test(id) && id.length <= ID_MAX_LENGTH) return;
  throw new EditError(
    `"${id}" is not a valid ${kind} id: use lowercase letters, digits and dashes, starting with a letter or digit, at most ${ID_MAX_LENGTH} characters`,
  );
}

/** `growth/` for a subfolder given as `growth`, checked to stay inside the kind's folder. */
function subfolder(folder: string): string {
  const parts = folder.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.some((part) => part === ".." || part.startsWith(".")))
    throw new EditError(`--folder must be a subfolder (got "${folder}")`);
  return parts.length === 0 ? "" : `${parts.join("/")}/`;
}

function notInList(item: ItemRef, key: readonly string[], value: unknown, list: unknown): EditError {
  const items = Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === "string") : [];
  const shown = typeof value === "string" ? `"${value}"` : JSON.stringify(value);
  const hint = typeof value === "string" ? didYouMean(value, items) : "";
  return new EditError(`"${key.join(".")}" of ${item.kind} ${item.id} has no ${shown}${hint}`);
}
