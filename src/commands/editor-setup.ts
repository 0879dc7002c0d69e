// What `init` writes for editors beside the road-map files (docs/editors.md): the package's JSON
// Schemas in the road map's `.schemas/` (where every file's modeline points), and the `yaml.schemas`
// associations in the workspace's `.vscode/settings.json` for VS Code. `init --schemas` runs the
// same plan with `refresh` to bring a road map up to date after an upgrade.
import { readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { hasOwnOrNoModeline, SCHEMA_FOLDER, SCHEMA_KINDS, withModeline } from "../init/modeline.js";
import { mergeSchemaAssociations, SETTINGS_FILE, schemaAssociations } from "../init/vscode-settings.js";
import { findWorkTreeRoot } from "../load/find-roadmap.js";
import { FolderSource } from "../load/folder-source.js";
import { type FileWrite, isOccupied } from "../load/write-file.js";
import { classifyPath } from "../model/layout.js";
import { plural } from "../util/plural.js";
import { pushAll } from "../util/spread-free.js";
import { readPackageSchemas } from "./package-files.js";

export interface EditorSetup {
  /** Absolute paths, each replacing only what was read. */
  writes: FileWrite[];
  /** Schema files in the way (init only: one that differs from this version's), as shown to the user. */
  clashes: string[];
  /** What the writes do, a line each, paths relative to the current folder. */
  done: string[];
  /** What the user should do by hand (a settings file that could not be merged). */
  notes: string[];
}

/**
 * The writes that give the road map at `roadmapDir` this version's schemas and VS Code's
 * associations. Without `refresh` (plain init) a schema file that differs is a clash; with it,
 * it is replaced, and every road-map file's modeline is pointed at `.schemas/` too.
 */
export function planEditorSetup(roadmapDir: string, cwd: string, refresh: boolean): EditorSetup {
  const setup: EditorSetup = { writes: [], clashes: [], done: [], notes: [] };
  const shown = (path: string) => relative(cwd, path).split(sep).join("/") || ".";
  const schemaWrites = planSchemaFiles(roadmapDir, refresh, (path) => setup.clashes.push(shown(path)));
  if (schemaWrites.length > 0) {
    pushAll(setup.writes, schemaWrites);
    setup.done.push(`${shown(join(roadmapDir, SCHEMA_FOLDER))}/: the JSON Schemas editors read`);
  }
  if (refresh) {
    const modelines = planModelines(roadmapDir);
    pushAll(setup.writes, modelines);
    if (modelines.length > 0)
      setup.done.push(
        `modelines pointed at ${SCHEMA_FOLDER}/ in ${plural(modelines.length, "road-map file")}`,
      );
  }
  planSettings(roadmapDir, cwd, setup, shown);
  return setup;
}

function planSchemaFiles(roadmapDir: string, refresh: boolean, clash: (path: string) => void): FileWrite[] {
  const writes: FileWrite[] = [];
  for (const [name, content] of readPackageSchemas()) {
    const path = join(roadmapDir, SCHEMA_FOLDER, name);
    const before = readBytes(path);
    if (before === undefined) {
      writes.push({ path, content, readBefore: { absent: true } });
    } else if (before === "unreadable" || new TextDecoder().decode(before) !== content) {
      if (refresh && before !== "unreadable") writes.push({ path, content, readBefore: { bytes: before } });
      else clash(path);
    }
  }
  return writes;
}

/** Every road-map file whose modeline is missing or names one of our schemas by another path. */
function planModelines(roadmapDir: string): FileWrite[] {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return new FolderSource(roadmapDir).read().files.flatMap((file): FileWrite[] => {
    const kind = classifyPath(file.path);
    if (kind === undefined || kind === "stray" || file.viaLink) return [];
    let text: string;
    try {
      text = decoder.decode(file.bytes);
    } catch {
      return []; // validate reports the bytes; a modeline is no help there
    }
    if (!hasOwnOrNoModeline(text)) return [];
    const content = withModeline(text, kind, file.path);
    return content === text
      ? []
      : [{ path: join(roadmapDir, file.path), content, readBefore: { bytes: file.bytes } }];
  });
}

/** The settings file with the associations it lacks, or why it was left alone. */
function planSettings(
  roadmapDir: string,
  cwd: string,
  setup: EditorSetup,
  shown: (path: string) => string,
): void {
  const workspace = workspaceFolder(roadmapDir, cwd);
  const path = join(workspace, SETTINGS_FILE);
  const associations = schemaAssociations(relative(workspace, roadmapDir).split(sep).join("/"), SCHEMA_KINDS);
  const before = readBytes(path);
  const merge =
    before === "unreadable"
      ? ({ ok: false, reason: "it cannot be read" } as const)
      : mergeSchemaAssociations(
          before === undefined ? undefined : new TextDecoder().decode(before),
          associations,
        );
  if (!merge.ok) {
    const wanted = Object.fromEntries(associations.map((entry) => [entry.schema, entry.glob]));
    setup.notes.push(
      `${shown(path)} left as it is (${merge.reason}); for completion in VS Code, add to it:\n` +
        `${JSON.stringify({ "yaml.schemas": wanted }, null, 2)}\n`,
    );
  } else if (merge.added.length > 0 && before !== "unreadable") {
    setup.writes.push({
      path,
      content: merge.text,
      readBefore: before === undefined ? { absent: true } : { bytes: before },
    });
    setup.done.push(`${shown(path)}: yaml.schemas for VS Code's YAML extension (redhat.vscode-yaml)`);
  }
}

/**
 * The folder an editor opens: the git work tree holding the road map; outside git, the current
 * folder when the road map is inside it, else the road-map folder itself.
 */
function workspaceFolder(roadmapDir: string, cwd: string): string {
  const tree = findWorkTreeRoot(roadmapDir);
  if (tree !== undefined) return tree;
  const inside = relative(resolve(cwd), roadmapDir);
  return inside.startsWith("..") || isAbsolute(inside) ? roadmapDir : resolve(cwd);
}

function readBytes(path: string): Uint8Array | "unreadable" | undefined {
  if (!isOccupied(path)) return undefined;
  try {
    return readFileSync(path);
  } catch {
    return "unreadable";
  }
}
