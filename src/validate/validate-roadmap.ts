// Sources -> validated Roadmap + findings. One broken file never hides the problems of the
// others: each file is parsed and checked on its own, then the cross-file checks run over
// everything that passed.
import type { Finding } from "../diagnostics/diagnostic.js";
import { findingsFromIssues } from "../diagnostics/schema-findings.js";
import { classifyPath, idFromPath, withLowercaseExtension } from "../model/layout.js";
import { collectReferences, type ReferenceSite } from "../model/references.js";
import { buildRoadmap, type Located, type Roadmap } from "../model/roadmap.js";
import {
  type Epic,
  fileSchemas,
  ID_MAX_LENGTH,
  ID_PATTERN,
  type Idea,
  type Milestone,
  type Mission,
  type Team,
  type Theme,
} from "../model/schemas.js";
import { type ParsedDocuments, parseSourceFile } from "../parse/parse-sources.js";
import type { ParsedYaml } from "../parse/parse-yaml.js";
import type { SourceListing } from "../parse/source-files.js";
import { pushAll } from "../util/spread-free.js";
import { checkContinuesCycles } from "./continues-cycles.js";
import { checkDependencyCycles } from "./dependency-cycles.js";
import { checkOwnValues, readDependsOn } from "./own-values.js";
import { checkPromotion } from "./promotion.js";
import { checkReferences, type KnownIds } from "./references.js";

export interface ValidationResult {
  roadmap: Roadmap;
  findings: Finding[];
  /** Decoded text of a file read, for turning findings into positions. */
  textOf(file: string): string | undefined;
}

/** From this many files on, schemas are checked by zod's generated (JIT) functions. */
const JIT_MIN_FILES = 200;

type ItemKind = "theme" | "milestone" | "epic" | "idea" | "team";

export function validateSources(
  listing: SourceListing,
  options: {
    /**
     * The documents as read (load/read-sources.ts), by path; a file not in it is parsed here, the
     * same way (the edit engine passes only the files it changed).
     */
    parsed?: ParsedDocuments;
    /** Only what each file says on its own: history reads file versions that never form one road map. */
    fileChecksOnly?: boolean;
  } = {},
): ValidationResult {
  const findings: Finding[] = [...listing.findings];
  // zod generates a checking function per object shape on first use: worth it for a big road
  // map (faster per object), not for a small one (compiling costs more than the few objects).
  const jitless = listing.files.length < JIT_MIN_FILES;
  const parsedFiles = new Map<string, ParsedYaml>();
  const textOf = (path: string): string | undefined => parsedFiles.get(path)?.text;
  const known: KnownIds = {
    theme: new Map(),
    milestone: new Map(),
    epic: new Map(),
    idea: new Map(),
    team: new Map(),
  };
  const items = {
    theme: [] as Located<Theme>[],
    milestone: [] as Located<Milestone>[],
    epic: [] as Located<Epic>[],
    idea: [] as Located<Idea>[],
    team: [] as Located<Team>[],
  };
  let mission: Located<Mission> | undefined;
  let missionFile: string | undefined;
  let config: Located<unknown> | undefined;
  const references: ReferenceSite[] = [];
  const dependsOn = new Map<string, { file: string; ids: (string | undefined)[] }>();

  for (const file of listing.files) {
    const kind = classifyPath(file.path);
    if (kind === undefined) continue;
    if (kind === "stray") {
      findings.push(strayFinding(file.path));
      continue;
    }
    const parsed = options.parsed?.get(file.path) ?? parseSourceFile(file);
    parsedFiles.set(file.path, parsed);
    pushAll(findings, parsed.findings);

    if (kind === "mission" || kind === "config") {
      if (kind === "mission") {
        if (missionFile !== undefined) {
          findings.push(duplicateFinding(file.path, "mission", "mission", missionFile));
          continue;
        }
        missionFile = file.path;
      }
      if (!parsed.ok) continue;
      if (kind === "config") {
        config = { id: "config", file: file.path, data: parsed.value };
        continue;
      }
      const data = checkDocument(file.path, "mission", parsed, findings, jitless);
      if (data !== undefined) mission = { id: "mission", file: file.path, data: data as Mission };
      continue;
    }

    const id = idFromPath(file.path);
    if (!checkFileId(file.path, id, findings)) continue;
    const first = known[kind].get(id);
    if (first !== undefined) {
      findings.push(duplicateFinding(file.path, kind, id, first));
      continue;
    }
    known[kind].set(id, file.path);
    if (!parsed.ok) continue;
    pushAll(references, collectReferences(file.path, kind, parsed.value));
    pushAll(findings, checkOwnValues(file.path, kind, id, parsed.value));
    if (kind === "epic") dependsOn.set(id, { file: file.path, ids: readDependsOn(parsed.value) });
    const data = checkDocument(file.path, kind, parsed, findings, jitless);
    if (data === undefined) continue;
    if (kind === "idea") pushAll(findings, checkPromotion(file.path, data as Idea));
    (items[kind] as Located<unknown>[]).push({ id, file: file.path, data });
  }

  if (!listing.hasMission) {
    findings.push({
      file: "mission.yaml",
      rule: "missing-mission",
      severity: "error",
      message: "the road map has no mission.yaml (run `roadmap init` to create one)",
    });
  }

  const roadmap = buildRoadmap({
    mission,
    themes: items.theme,
    milestones: items.milestone,
    epics: items.epic,
    ideas: items.idea,
    teams: items.team,
    config,
  });
  if (options.fileChecksOnly) return { roadmap, findings, textOf };
  pushAll(findings, checkReferences(references, known));
  pushAll(findings, checkDependencyCycles(dependsOn));
  pushAll(findings, checkContinuesCycles(roadmap));
  return { roadmap, findings, textOf };
}

/** Schema-checks one document; returns its data with defaults, or undefined when invalid. */
function checkDocument(
  path: string,
  kind: "mission" | ItemKind,
  parsed: ParsedYaml,
  findings: Finding[],
  jitless: boolean,
): unknown | undefined {
  const value = parsed.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const empty = value === null || value === undefined;
    findings.push({
      file: path,
      rule: "schema",
      severity: "error",
      message: empty
        ? `the file is empty; ${kind === "epic" || kind === "idea" ? "an" : "a"} ${kind} needs at least ${kind === "mission" ? "name and mission" : "a title"}`
        : `the file must be a mapping of keys (found ${Array.isArray(value) ? "a list" : `a ${typeof value}`})`,
      ...(empty ? { position: { line: 0, column: 0 } } : { path: [], at: "value" as const }),
    });
    return undefined;
  }
  const schema = fileSchemas[kind];
  const result = schema.safeParse(value, { jitless });
  if (result.success) return result.data;
  pushAll(findings, findingsFromIssues(path, schema, value, result.error.issues, kind));
  return undefined;
}

function checkFileId(path: string, id: string, findings: Finding[]): boolean {
  if (ID_PATTERN.test(id) && id.length <= ID_MAX_LENGTH) return true;
  findings.push({
    file: path,
    rule: "invalid-id",
    severity: "error",
    message: `"${id}" is not a valid id: use lowercase letters, digits and dashes, starting with a letter or digit, at most ${ID_MAX_LENGTH} characters (rename the file)`,
  });
  return false;
}

function strayFinding(path: string): Finding {
  const renamed = withLowercaseExtension(path);
  return {
    file: path,
    rule: "stray-file",
    severity: "warn",
    message:
      renamed === undefined
        ? `${path} is not part of the road map (mission.yaml, roadmap.config.yaml, themes/, milestones/, epics/, ideas/, teams/); misplaced?`
        : `${path} is not read: road-map files end in .yaml or .yml, lowercase (rename it to ${renamed.slice(renamed.lastIndexOf("/") + 1)})`,
  };
}

function duplicateFinding(path: string, kind: string, id: string, firstFile: string): Finding {
  return {
    file: path,
    rule: "duplicate-id",
    severity: "error",
    message: `duplicate ${kind} id "${id}": already defined in ${firstFile}`,
  };
}
