// The `# yaml-language-server: $schema=<path>` line that editors running the YAML language server
// (VS Code's YAML extension, Neovim, Helix, Zed, ...) read to complete and check keys. The path
// leads, relative to the file, to the road map's own copy of the schema in `.schemas/`, so it
// works offline and with no package published anywhere (docs/editors.md, "Chosen").
import type { FileKind } from "../model/layout.js";

export type SchemaKind = Exclude<FileKind, "stray">;

export const SCHEMA_KINDS: readonly SchemaKind[] = [
  "mission",
  "config",
  "theme",
  "milestone",
  "epic",
  "idea",
  "team",
];

/** The folder, inside the road-map folder, that holds the schemas `roadmap init` writes. */
export const SCHEMA_FOLDER = ".schemas";

const MODELINE = /^# yaml-language-server: \$schema=(\S*)\r?\n/;
/**
 * A schema this tool wrote a modeline for: a road map's `.schemas/`, the repository's `schemas/`
 * (examples/acme) or the package on a CDN (modelines written by version 0.1.0).
 */
const OWN_SCHEMA = /(?:^|\/)(?:mission|config|theme|milestone|epic|idea|team)\.schema\.json$/;

/** The schema file of a kind, relative to the road-map folder. */
export function schemaFile(kind: SchemaKind): string {
  return `${SCHEMA_FOLDER}/${kind}.schema.json`;
}

/** `.schemas/<kind>.schema.json` as seen from `path` (relative to the road-map folder, posix). */
export function schemaPathFrom(path: string, kind: SchemaKind): string {
  const depth = path.split("/").length - 1;
  return (depth === 0 ? "./" : "../".repeat(depth)) + schemaFile(kind);
}

/** The modeline for a file at `path` (relative to the road-map folder) of `kind`. */
export function schemaModeline(kind: SchemaKind, path: string): string {
  return `# yaml-language-server: $schema=${schemaPathFrom(path, kind)}\n`;
}

/** The schema a text's first-line modeline names, if it has one. */
export function modelineSchema(text: string): string | undefined {
  return MODELINE.exec(text)?.[1];
}

/** Whether a text has no modeline, or one that names one of this tool's schemas. */
export function hasOwnOrNoModeline(text: string): boolean {
  const schema = modelineSchema(text);
  return schema === undefined || OWN_SCHEMA.test(schema);
}

/**
 * `text` with its first line set to the modeline of `kind` for `path` (replaced if present),
 * ended as the text's lines are.
 */
export function withModeline(text: string, kind: SchemaKind, path: string): string {
  const rest = text.replace(MODELINE, "");
  const line = schemaModeline(kind, path);
  return (rest.includes("\r\n") ? line.replace("\n", "\r\n") : line) + rest;
}
