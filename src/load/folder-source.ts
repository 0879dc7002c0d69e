// Reads a road-map folder from disk. Synchronous on purpose: for thousands of small files, sync
// reads take far less time and memory than Promise.all (bench/README.md, "Figures behind the
// code").
import {
  closeSync,
  type Dirent,
  fstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import type { Finding } from "../diagnostics/diagnostic.js";
import { classifyPath, isKindFolder } from "../model/layout.js";
import { MAX_FILE_BYTES, oversizeFinding } from "../parse/parse-yaml.js";
import type { SourceFile, SourceListing } from "../parse/source-files.js";
import type { RoadmapSource } from "./source.js";

export class FolderSource implements RoadmapSource {
  readonly label: string;
  private readonly root: string;

  constructor(dir: string, label?: string) {
    this.label = label ?? dir;
    this.root = realpathSync(dir);
  }

  read(): SourceListing {
    const files: SourceFile[] = [];
    const findings: Finding[] = [];
    const visited = new Set<string>([this.root]);
    let hasMission = false;

    const visit = (absolute: string, rel: string, depth: number, viaLink: boolean): void => {
      for (const entry of readEntries(absolute, rel, findings)) {
        const entryRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
        const entryAbs = join(absolute, entry.name);
        const target = this.resolve(entry, entryAbs, entryRel, findings);
        if (target === undefined) continue;
        if (target.isDirectory) {
          if (depth === 0 && !isKindFolder(entry.name)) continue;
          if (visited.has(target.real)) continue;
          visited.add(target.real);
          visit(entryAbs, entryRel, depth + 1, viaLink || entry.isSymbolicLink());
        } else {
          const kind = classifyPath(entryRel);
          if (kind === undefined) continue;
          // An unreadable mission.yaml is reported as such, not as a missing one.
          if (kind === "mission") hasMission = true;
          const bytes = readBytes(entryAbs, entryRel, kind !== "stray", findings);
          if (bytes === undefined) continue;
          files.push({
            path: entryRel,
            bytes,
            ...(viaLink || entry.isSymbolicLink() ? { viaLink: true } : {}),
          });
        }
      }
    };
    visit(this.root, "", 0, false);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, findings, hasMission };
  }

  /** Follows a symbolic link only when it stays inside the road-map folder. */
  private resolve(
    entry: Dirent,
    absolute: string,
    rel: string,
    findings: Finding[],
  ): { isDirectory: boolean; real: string } | undefined {
    if (!entry.isSymbolicLink()) {
      if (entry.isDirectory()) return { isDirectory: true, real: absolute };
      return entry.isFile() ? { isDirectory: false, real: absolute } : undefined;
    }
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      if (isRelevant(rel)) findings.push(linkFinding(rel, "is a broken symbolic link"));
      return undefined;
    }
    if (isOutside(this.root, real)) {
      if (isRelevant(rel)) {
        findings.push(linkFinding(rel, "is a symbolic link leading outside the road-map folder; refused"));
      }
      return undefined;
    }
    const stats = statSync(real);
    return { isDirectory: stats.isDirectory(), real };
  }
}

function isOutside(root: string, real: string): boolean {
  const inside = relative(root, real);
  return inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside);
}

function isRelevant(rel: string): boolean {
  return classifyPath(rel) !== undefined || isKindFolder(rel.split("/")[0] ?? "");
}

function linkFinding(rel: string, what: string): Finding {
  return { file: rel, rule: "unsafe-path", severity: "error", message: `${rel} ${what}` };
}

function readEntries(absolute: string, rel: string, findings: Finding[]): Dirent[] {
  try {
    return readdirSync(absolute, { withFileTypes: true });
  } catch (error) {
    findings.push({
      file: rel,
      rule: "unsafe-path",
      severity: "error",
      message: `cannot read folder: ${(error as Error).message}`,
    });
    return [];
  }
}

function readBytes(
  absolute: string,
  rel: string,
  limitSize: boolean,
  findings: Finding[],
): Uint8Array | undefined {
  try {
    return readShared(absolute, limitSize ? MAX_FILE_BYTES : Number.POSITIVE_INFINITY, (size) =>
      findings.push(oversizeFinding(rel, size)),
    );
  } catch (error) {
    findings.push({
      file: rel,
      rule: "yaml-syntax",
      severity: "error",
      message: `cannot read file: ${(error as Error).message}`,
    });
    return undefined;
  }
}

/**
 * Reads a file into shared memory, so a parse worker sees it without a copy
 * (parse-in-parallel.ts); the same system calls as readFileSync. A file over the limit is
 * refused before it is read. Stray files are only warned about, never parsed, so their size
 * does not matter.
 */
function readShared(path: string, limit: number, tooBig: (size: number) => void): Uint8Array | undefined {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size > limit) {
      tooBig(size);
      return undefined;
    }
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let read = 0;
    while (read < size) {
      const got = readSync(fd, bytes, read, size - read, null);
      if (got === 0) break;
      read += got;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
