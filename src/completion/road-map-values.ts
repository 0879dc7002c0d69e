// The values completion offers from the road map and git, read at the moment Tab is pressed:
// ids are file names (no file is parsed), except a story's id, read from its one epic file.
// Anything that goes wrong (no road map, not a git repository) offers nothing.
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findRoadmapDir } from "../load/find-roadmap.js";
import { GitFailure, runGit } from "../load/git.js";
import { idFromPath, isKindFolder } from "../model/layout.js";
import { parseYamlFile } from "../parse/parse-yaml.js";
import type { Candidate, IdKind, ValueSources } from "./complete-words.js";

const YAML_FILE = /\.ya?ml$/;

interface RoadMapFiles {
  root: string;
  /** Each kind folder (themes, milestones, epics, ...) with its YAML files, relative to the road map. */
  folders: Map<string, string[]>;
}

type Where = { dir: string | undefined; env: NodeJS.ProcessEnv; cwd: string };

/** Sources for a road map found as every command finds it (docs/cli.md), from `-C` when typed. */
export function roadMapValues(where: Where): ValueSources {
  let files: RoadMapFiles | undefined | null = null;
  const listed = (): RoadMapFiles | undefined => {
    if (files === null) files = listRoadMap(where);
    return files;
  };
  return {
    ids: (kind, prefix) => {
      const found = listed();
      return found === undefined ? [] : idsOf(found, kind, prefix);
    },
    revisions: () => revisionsAt(where.cwd),
  };
}

function listRoadMap(where: Where): RoadMapFiles | undefined {
  let root: string;
  try {
    root = findRoadmapDir(where).dir;
  } catch {
    return undefined;
  }
  const folders = new Map<string, string[]>();
  for (const entry of readFolder(root)) {
    if (entry.isDirectory() && isKindFolder(entry.name)) {
      folders.set(entry.name, listYamlFiles(root, entry.name));
    }
  }
  return { root, folders };
}

function listYamlFiles(root: string, folder: string): string[] {
  return readFolder(join(root, folder)).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return listYamlFiles(root, path);
    return YAML_FILE.test(entry.name) ? [path] : [];
  });
}

function readFolder(path: string): Dirent[] {
  try {
    return readdirSync(path, { withFileTypes: true });
  } catch {
    return [];
  }
}

function idsOf(files: RoadMapFiles, kind: IdKind, prefix: string): Candidate[] {
  if (kind !== "items") return sortedIds(files.folders.get(kind) ?? []).map((value) => ({ value }));
  const slash = prefix.indexOf("/");
  if (slash !== -1) return storiesOf(files, prefix.slice(0, slash));
  // Every kind's ids, each described by its kind ("epic"; "theme, epic" when both have it).
  const kinds = new Map<string, string[]>();
  for (const [folder, paths] of files.folders) {
    const kind = folder.replace(/s$/, "");
    for (const id of sortedIds(paths)) kinds.set(id, [...(kinds.get(id) ?? []), kind]);
  }
  return [...kinds]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([value, names]) => ({ value, description: names.join(", ") }));
}

function sortedIds(paths: readonly string[]): string[] {
  return [...new Set(paths.map(idFromPath))].sort();
}

/** `epic/story` for every story of the epic, read from its file. */
function storiesOf(files: RoadMapFiles, epic: string): Candidate[] {
  const path = files.folders.get("epics")?.find((file) => idFromPath(file) === epic);
  if (path === undefined) return [];
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(files.root, path));
  } catch {
    return [];
  }
  const parsed = parseYamlFile(path, bytes);
  const stories: unknown = (parsed.value as { stories?: unknown } | null)?.stories;
  if (!parsed.ok || !Array.isArray(stories)) return [];
  return (stories as unknown[]).flatMap((story) => {
    const { id, title } = (story ?? {}) as { id?: unknown; title?: unknown };
    if (typeof id !== "string") return [];
    return [{ value: `${epic}/${id}`, description: typeof title === "string" ? title : "story" }];
  });
}

function revisionsAt(cwd: string): Candidate[] {
  try {
    const refs = runGit(cwd, [
      "for-each-ref",
      "--format=%(refname:short)",
      "refs/heads",
      "refs/tags",
      "refs/remotes",
    ]);
    const names = refs
      .toString("utf8")
      .split("\n")
      .filter((name) => name !== "");
    return ["HEAD", ...names].map((value) => ({ value }));
  } catch (error) {
    if (error instanceof GitFailure) return [];
    throw error;
  }
}
