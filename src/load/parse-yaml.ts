// Strict YAML reading with a fast path. js-yaml (core schema) parses values ~10x faster than
// `yaml`'s Document API; when it rejects a file, `yaml` re-reads that one file to report every
// problem with its exact position. Both reject duplicate keys, unknown tags and multi-document
// streams; js-yaml does not limit aliases, so expansions are counted here (alias bombs).
import jsYaml from "js-yaml";
import { parseDocument, type YAMLError } from "yaml";
import type { Finding } from "../diagnostics/diagnostic.js";

/** Larger files are refused with a diagnostic rather than parsed (documented in docs/format.md). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Values (scalars, mappings, sequences) a file may expand to through aliases. */
const MAX_ALIAS_EXPANSION = 100_000;

export interface ParsedYaml {
  /** False when the file could not be read as YAML (the findings say why). */
  ok: boolean;
  /** The document's value (null for an empty document). */
  value: unknown;
  /** The decoded text, when the bytes were UTF-8 (kept for position look-ups). */
  text: string | undefined;
  findings: Finding[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function parseYamlFile(file: string, bytes: Uint8Array): ParsedYaml {
  const fail = (message: string, text?: string, line = 0, column = 0): ParsedYaml => ({
    ok: false,
    value: undefined,
    text,
    findings: [{ file, rule: "yaml-syntax", severity: "error", message, position: { line, column } }],
  });
  if (bytes.length > MAX_FILE_BYTES) {
    const mib = (bytes.length / 1024 / 1024).toFixed(1);
    return fail(`file is ${mib} MiB; road-map files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
  }
  if (bytes.subarray(0, 8000).includes(0)) return fail("file is binary, not YAML text");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail("file is not valid UTF-8 text");
  }
  return parseYamlText(file, text);
}

export function parseYamlText(file: string, text: string): ParsedYaml {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    return { ok: false, value: undefined, text, findings: describeSyntaxErrors(file, text, error) };
  }
  if (mayHaveAliases(text) && exceedsExpansion(value, MAX_ALIAS_EXPANSION)) {
    return {
      ok: false,
      value: undefined,
      text,
      findings: [
        {
          file,
          rule: "yaml-syntax",
          severity: "error",
          message: `aliases expand to more than ${MAX_ALIAS_EXPANSION} values (an alias bomb?)`,
          position: { line: 1, column: 1 },
        },
      ],
    };
  }
  return { ok: true, value: value ?? null, text, findings: [] };
}

function mayHaveAliases(text: string): boolean {
  return text.includes("*");
}

/** Counts values as if every alias were copied out, stopping at the limit. */
function exceedsExpansion(root: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (++count > limit) return true;
    if (Array.isArray(value)) stack.push(...value);
    else if (typeof value === "object" && value !== null) stack.push(...Object.values(value));
  }
  return false;
}

function describeSyntaxErrors(file: string, text: string, error: unknown): Finding[] {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false });
  const problems: YAMLError[] = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return problems.map((problem) => ({
      file,
      rule: problem.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax",
      severity: "error",
      message: cleanYamlMessage(problem.message),
      position: problem.linePos
        ? { line: problem.linePos[0].line, column: problem.linePos[0].col }
        : { line: 1, column: 1 },
    }));
  }
  // The two parsers disagree (js-yaml is stricter in a few corners): use js-yaml's account.
  const mark = error instanceof jsYaml.YAMLException ? error.mark : undefined;
  const reason = error instanceof jsYaml.YAMLException ? error.reason : String(error);
  const duplicate = /duplicated mapping key/.test(reason);
  return [
    {
      file,
      rule: duplicate ? "duplicate-key" : "yaml-syntax",
      severity: "error",
      message: reason,
      position: mark ? { line: mark.line + 1, column: mark.column + 1 } : { line: 1, column: 1 },
    },
  ];
}

/** `yaml` appends " at line 3, column 4" and a code frame; the diagnostic carries those. */
function cleanYamlMessage(message: string): string {
  return message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
}
