// The one way in for the commands: read a source (a folder, a git revision) and parse its
// road-map documents. How they are parsed (on this thread, or with a worker beside it for a
// big road map: parse-in-parallel.ts) is this module's business; which files are parsed is the
// layout's (model/layout.ts). Callers get the listing and each document's parse by path, which
// is what validate reads (validate/validate-roadmap.ts).
import { listDocuments, type ParsedDocuments } from "../parse/parse-sources.js";
import type { SourceFile, SourceListing } from "../parse/source-files.js";
import { type ParseThreads, parseFiles } from "./parse-in-parallel.js";
import type { RoadmapSource } from "./source.js";

export interface ReadSettings {
  /** ROADMAP_PARSE_WORKER (README, "Big road maps"); "auto" when not given. */
  threads?: ParseThreads;
}

export interface ReadSources {
  listing: SourceListing;
  parsed: ParsedDocuments;
}

export async function readSources(source: RoadmapSource, settings: ReadSettings = {}): Promise<ReadSources> {
  const listing = source.read();
  return { listing, parsed: await parseSources(listing.files, settings) };
}

/** Parses the road-map documents among files already read (fmt reads only those in scope). */
export async function parseSources(
  files: readonly SourceFile[],
  settings: ReadSettings = {},
): Promise<ParsedDocuments> {
  const documents = listDocuments(files);
  const { results } = await parseFiles(documents, { threads: settings.threads });
  return new Map(documents.map((file, i) => [file.path, results[i]!]));
}
