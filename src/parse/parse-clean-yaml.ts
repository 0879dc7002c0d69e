// The part of parse-yaml.ts that a parse worker may do on its own: a file that decodes, parses
// and holds no aliases, whose value survives a JSON round trip unchanged. Any other file is left
// to parseYamlFile, which knows how to describe what is wrong with it.
import { loadCoreYaml, MAX_FILE_BYTES, mayHoldAliases } from "./parse-yaml.js";

export interface CleanParse {
  /** The document's value (null for an empty document), JSON-safe. */
  value: unknown;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function parseCleanYaml(bytes: Uint8Array): CleanParse | undefined {
  if (bytes.length > MAX_FILE_BYTES) return undefined;
  let text: string;
  let value: unknown;
  try {
    // fatal: invalid UTF-8 (and so a UTF-16 byte-order mark) throws; js-yaml refuses NUL bytes.
    text = utf8.decode(bytes);
    value = loadCoreYaml(text);
  } catch {
    return undefined;
  }
  if (mayHoldAliases(text) || !survivesJson(value)) return undefined;
  return { value: value ?? null };
}

/** JSON turns NaN and the infinities (YAML .nan, .inf, 1e999) into null and -0 into 0. */
function survivesJson(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== "object" || value === null) return true;
  if (Array.isArray(value)) return value.every(survivesJson);
  for (const key in value) {
    if (!survivesJson((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}
