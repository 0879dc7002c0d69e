// The `yaml.schemas` associations of VS Code's YAML extension (docs/editors.md): each schema in a
// road map's `.schemas/` applies to the files of its kind by a glob, so even a file without a
// modeline is completed and checked. `.vscode/settings.json` is JSON with comments that people
// edit by hand: entries are added through jsonc-parser's edits, which touch only the text they
// insert, so comments, other keys and the layout stay as they were.
import { applyEdits, type FormattingOptions, modify, type ParseError, parseTree } from "jsonc-parser";
import { folderOfKind } from "../model/layout.js";
import { type SchemaKind, schemaFile } from "./modeline.js";

export const SETTINGS_FILE = ".vscode/settings.json";

/** A schema path (relative to the workspace folder, as the YAML extension reads it) and its glob. */
export interface SchemaAssociation {
  schema: string;
  glob: string;
}

export type SettingsMerge =
  | { ok: true; text: string; added: SchemaAssociation[] }
  | { ok: false; reason: string };

const YAML_SCHEMAS = "yaml.schemas";
const GLOB_SPECIAL = /[*?[\]{}()!+@\\]/g;

/**
 * The association of each kind's schema with its files, for a road-map folder at `roadmapPath`
 * (relative to the workspace folder, posix, "" when it is the workspace folder).
 */
export function schemaAssociations(roadmapPath: string, kinds: readonly SchemaKind[]): SchemaAssociation[] {
  const prefix = roadmapPath === "" ? "" : `${roadmapPath}/`;
  const globPrefix = prefix.replace(GLOB_SPECIAL, "\\$&");
  return kinds.map((kind) => ({
    schema: `./${prefix}${schemaFile(kind)}`,
    glob: globPrefix + globOf(kind),
  }));
}

function globOf(kind: SchemaKind): string {
  if (kind === "mission") return "mission.{yaml,yml}";
  if (kind === "config") return "roadmap.config.{yaml,yml}";
  return `${folderOfKind(kind)}/**/*.{yaml,yml}`;
}

/**
 * `text` (the settings file, or undefined when there is none) with every association it lacks
 * added under `yaml.schemas`. A schema that already has an entry keeps it as it is, whatever its
 * globs: the user's word wins, and running init again adds nothing. Text that is not a JSON
 * object is left alone and the reason returned, so the caller can show what to add by hand.
 */
export function mergeSchemaAssociations(
  text: string | undefined,
  associations: readonly SchemaAssociation[],
): SettingsMerge {
  if (text === undefined || text.trim() === "") {
    const schemas = Object.fromEntries(associations.map((entry) => [entry.schema, entry.glob]));
    return {
      ok: true,
      text: `${JSON.stringify({ [YAML_SCHEMAS]: schemas }, null, 2)}\n`,
      added: [...associations],
    };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || root === undefined) return { ok: false, reason: "it is not valid JSON" };
  if (root.type !== "object") return { ok: false, reason: "it is not a JSON object" };
  const schemas = root.children?.find((property) => property.children?.[0]?.value === YAML_SCHEMAS)
    ?.children?.[1];
  if (schemas !== undefined && schemas.type !== "object")
    return { ok: false, reason: `its "${YAML_SCHEMAS}" is not an object` };
  const present = new Set(
    (schemas?.children ?? []).map((property) => normalize(String(property.children?.[0]?.value))),
  );
  const added = associations.filter((entry) => !present.has(normalize(entry.schema)));
  const formattingOptions = formattingOf(text);
  let merged = text;
  for (const entry of added) {
    const edits = modify(merged, [YAML_SCHEMAS, entry.schema], entry.glob, { formattingOptions });
    merged = applyEdits(merged, edits);
  }
  return { ok: true, text: merged, added };
}

/** `./roadmap/x` and `roadmap/x` name the same file for the YAML extension. */
function normalize(path: string): string {
  return path.replace(/^\.\//, "");
}

/** The file's own indentation and line ending, so inserted lines look like their neighbours. */
function formattingOf(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? "  ";
  return {
    insertSpaces: !indent.startsWith("\t"),
    tabSize: indent.startsWith("\t") ? 1 : indent.length,
    eol: text.includes("\r\n") ? "\r\n" : "\n",
  };
}
