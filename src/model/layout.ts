// Which file of a road-map folder is which kind (docs/format.md): mission.yaml, roadmap.config.yaml at
// the top, one item per file under themes/, milestones/, epics/, ideas/ and teams/. Every
// reader (a folder on disk, a git revision, history walks) and the checks share these rules.

/** The files a road-map folder may hold, by kind (docs/format.md). */
export type FileKind = "mission" | "config" | "theme" | "milestone" | "epic" | "idea" | "team" | "stray";

const KIND_FOLDERS = {
  themes: "theme",
  milestones: "milestone",
  epics: "epic",
  ideas: "idea",
  teams: "team",
} as const;
const YAML_FILE = /\.ya?ml$/;
/** `.YAML`, `.Yml`: meant as road-map files, but not read (the extension is lowercase). */
const OTHER_CASE_YAML_FILE = /\.ya?ml$/i;

/**
 * Which kind of road-map file a relative path is, or undefined for files to ignore. A file
 * named like a road-map file but with `.YAML` (any other case) is "stray": not read, but
 * reported rather than ignored without a word (docs/format.md).
 */
export function classifyPath(path: string): FileKind | undefined {
  if (!YAML_FILE.test(path)) {
    if (!OTHER_CASE_YAML_FILE.test(path)) return undefined;
    const slash = path.indexOf("/");
    return slash === -1 || isKindFolder(path.slice(0, slash)) ? "stray" : undefined;
  }
  const slash = path.indexOf("/");
  if (slash === -1) {
    const base = path.replace(YAML_FILE, "");
    if (base === "mission") return "mission";
    if (base === "roadmap.config") return "config";
    return "stray";
  }
  const folder = path.slice(0, slash);
  return Object.hasOwn(KIND_FOLDERS, folder) ? KIND_FOLDERS[folder as keyof typeof KIND_FOLDERS] : undefined;
}

/** Whether a file is read as part of the road map (a stray YAML file is only reported). */
export function isRoadmapDocument(path: string): boolean {
  const kind = classifyPath(path);
  return kind !== undefined && kind !== "stray";
}

/** The kinds kept one file per item, each in its own folder. */
export type FolderKind = (typeof KIND_FOLDERS)[keyof typeof KIND_FOLDERS];

/** The folder a kind's files live in (`epic` -> `epics`). */
export function folderOfKind(kind: FolderKind): string {
  return Object.keys(KIND_FOLDERS).find(
    (folder) => KIND_FOLDERS[folder as keyof typeof KIND_FOLDERS] === kind,
  ) as string;
}

/** Whether a folder (relative, first segment) may hold road-map files. */
export function isKindFolder(name: string): boolean {
  return Object.hasOwn(KIND_FOLDERS, name);
}

/** The name a file with a `.YAML` (other case) extension should have, or undefined. */
export function withLowercaseExtension(path: string): string | undefined {
  if (YAML_FILE.test(path) || !OTHER_CASE_YAML_FILE.test(path)) return undefined;
  return path.replace(OTHER_CASE_YAML_FILE, (extension) => extension.toLowerCase());
}

/** The id a file stands for: its base name without extension. */
export function idFromPath(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base.replace(YAML_FILE, "");
}
