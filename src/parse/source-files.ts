// What a reader hands the checks: the road-map files as bytes, in path order, with what went
// wrong while listing them. Who read them (a folder on disk, a git revision) is not said here.
import type { Finding } from "../diagnostics/diagnostic.js";

export interface SourceFile {
  /** Relative to the road-map folder, posix separators. */
  path: string;
  bytes: Uint8Array;
  /** A content hash when the source knows one for free (a git blob id): a parse-cache key. */
  contentKey?: string;
  /** Reached through a symbolic link (a folder source's file is elsewhere on disk). */
  viaLink?: boolean;
}

export interface SourceListing {
  files: SourceFile[];
  /** Problems found while listing (links leading outside the folder, unreadable files). */
  findings: Finding[];
  /** False when the folder has no mission.yaml (docs/cli.md: still read, reported). */
  hasMission: boolean;
}
