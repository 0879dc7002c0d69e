// Parsing the road-map documents of a listing on this thread: the leg every way of reading
// shares (load/read-sources.ts adds a second thread for big road maps; history reads file
// versions one by one as git streams them). Which files are parsed is the layout's rule
// (model/layout.ts), so no caller chooses them again.
import { isRoadmapDocument } from "../model/layout.js";
import { type ParsedYaml, parseYamlFileSafely, withTextFromBytes } from "./parse-yaml.js";
import type { SourceFile } from "./source-files.js";

/** Parses by content key (a git blob id), so history reads each blob once. */
export type ParseCache = Map<string, ParsedYaml>;

/** Each road-map document's parse, by path. */
export type ParsedDocuments = ReadonlyMap<string, ParsedYaml>;

/** The files of a listing that are parsed: road-map documents (stray files are only reported). */
export function listDocuments(files: readonly SourceFile[]): SourceFile[] {
  return files.filter((file) => isRoadmapDocument(file.path));
}

/** Every road-map document among `files`, parsed here. */
export function parseDocumentsHere(
  files: readonly SourceFile[],
  cache?: ParseCache,
): Map<string, ParsedYaml> {
  const parsed = new Map<string, ParsedYaml>();
  for (const file of listDocuments(files)) parsed.set(file.path, parseSourceFile(file, cache));
  return parsed;
}

/**
 * One file, never an exception. A result that may outlive the listing (a cached one) keeps its
 * text; otherwise a clean file's text is decoded again from the bytes the listing keeps, only if
 * a later check needs positions in it (keeping every text costs a big road map memory and
 * garbage collection).
 */
export function parseSourceFile(file: SourceFile, cache?: ParseCache): ParsedYaml {
  const key = cache === undefined ? undefined : file.contentKey;
  const cached = key === undefined ? undefined : cache?.get(key);
  if (cached !== undefined) {
    return { ...cached, findings: cached.findings.map((finding) => ({ ...finding, file: file.path })) };
  }
  const parsed = parseYamlFileSafely(file.path, file.bytes);
  if (key !== undefined) {
    cache?.set(key, parsed);
    return parsed;
  }
  return parsed.ok ? withTextFromBytes(parsed, file.bytes) : parsed;
}
