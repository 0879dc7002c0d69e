// The `# yaml-language-server: $schema=<url>` line that editors (VS Code's YAML extension,
// Neovim, JetBrains) read to complete and check keys. The URL pins the schema to the version
// of the tool that wrote the file, so a newer schema never flags an older file's keys.
import type { FileKind } from "../load/source.js";

export type SchemaKind = Extract<FileKind, "mission" | "theme" | "milestone" | "epic" | "idea" | "team">;

const MODELINE = /^# yaml-language-server: \$schema=\S*\r?\n/;

export function schemaUrl(kind: SchemaKind, version: string): string {
  return `https://unpkg.com/roadmap-cli@${version}/schemas/${kind}.schema.json`;
}

export function schemaModeline(kind: SchemaKind, version: string): string {
  return `# yaml-language-server: $schema=${schemaUrl(kind, version)}\n`;
}

/** `text` with its first line set to the modeline of `kind` at `version` (replaced if present). */
export function withModeline(text: string, kind: SchemaKind, version: string): string {
  return schemaModeline(kind, version) + text.replace(MODELINE, "");
}
