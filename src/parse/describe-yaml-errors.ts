// The slow path of YAML reading: once js-yaml has refused a file, `yaml` re-reads it to say
// what is wrong and where, in words meant for the person editing the file. Runs only for
// broken files, so it may afford the position-keeping Document API.
import jsYaml from "js-yaml";
import type { Document, Node } from "yaml";
import type { Finding } from "../diagnostics/diagnostic.js";
import { yamlLib } from "../util/yaml-lib.js";
import {
  describeDocumentProblems,
  type ParsedDocument,
  unknownTagMessage,
} from "./describe-yaml-problems.js";
import { indexTextLines, type Position, type TextLines } from "./text-lines.js";
import { explainCommonMistake } from "./yaml-mistakes.js";

/** js-yaml's own default limit (maxDepth), kept for the cases js-yaml does not reach. */
const MAX_DEPTH = 100;
const NESTING_MESSAGE = `nesting is deeper than ${MAX_DEPTH} levels; road-map files are a few levels deep`;

export function describeSyntaxErrors(file: string, text: string, error: unknown): Finding[] {
  const reason = error instanceof jsYaml.YAMLException ? error.reason : undefined;
  const mark = error instanceof jsYaml.YAMLException ? error.mark : undefined;
  const lines = indexTextLines(text);
  // From the offset, not js-yaml's own line count, which stops at some characters (NUL).
  const markPosition = mark ? lines.position(mark.position) : { line: 1, column: 1 };
  const syntax = (message: string, position: Position): Finding[] => [syntaxFinding(file, message, position)];
  // Checked before `yaml` sees the file: its recursive composer is what such input attacks.
  if (reason?.startsWith("nesting exceeded maxDepth")) {
    return syntax(NESTING_MESSAGE, markPosition);
  }
  if (!(error instanceof jsYaml.YAMLException)) {
    return syntax(`could not read YAML: ${describeCrash(error)}`, { line: 0, column: 0 });
  }
  const fallback = [describeJsYamlReason(file, reason ?? "", markPosition, lines)];
  // js-yaml stopped at an earlier error before reaching the depth limit; `yaml` would spend
  // seconds recursing into such input (bench/README.md, "Figures behind the code"), so it is not asked.
  const deep = findExcessiveFlowNesting(text, MAX_DEPTH);
  if (deep !== undefined) return [...fallback, ...syntax(NESTING_MESSAGE, lines.position(deep))];
  try {
    return describeWithYaml(file, text, reason ?? "", lines) ?? fallback;
  } catch {
    // Best effort: on input that defeats `yaml` too (its visitor recurses), js-yaml's account.
    return fallback;
  }
}

function describeWithYaml(
  file: string,
  text: string,
  reason: string,
  lines: TextLines,
): Finding[] | undefined {
  const syntax = (message: string, position: Position): Finding[] => [syntaxFinding(file, message, position)];
  const parsed = readDocument(text, lines);
  const problems = describeDocumentProblems(file, text, parsed);
  if (problems.length > 0) return problems;

  // `yaml` accepts what js-yaml refused: a few corners where js-yaml is the stricter one.
  if (reason.startsWith("unidentified alias")) {
    const alias = findUndefinedAlias(parsed.doc);
    if (alias) {
      const position = parsed.position(alias.offset);
      const asText = explainCommonMistake(parsed.lineText(position.line));
      return syntax(
        `alias *${alias.source} refers to no anchor; an alias repeats a value anchored (&${alias.source}) earlier in the same file${asText === undefined ? "" : `. If it is meant as text: ${asText.message}`}`,
        position,
      );
    }
  }
  if (reason.startsWith("unknown tag")) return describeUnknownTag(file, text, reason, parsed);
  return undefined;
}

export function describeAliasCycle(file: string, text: string): Finding {
  return describeAlias(
    file,
    text,
    "an alias is used inside the value it names, which makes the value infinite",
    (source, path) => path.some((step) => (step as { anchor?: string }).anchor === source),
  );
}

export function describeAliasBomb(file: string, text: string, limit: number): Finding {
  return describeAlias(
    file,
    text,
    `aliases expand this file by more than ${limit} values (an alias bomb?); write the values out instead`,
    () => true,
  );
}

/** A finding at the first alias that `isCulprit` picks. */
function describeAlias(
  file: string,
  text: string,
  message: string,
  isCulprit: (source: string, ancestors: readonly unknown[]) => boolean,
): Finding {
  const { visit } = yamlLib();
  const parsed = readDocument(text);
  let offset = 0;
  visit(parsed.doc, {
    Alias(_, alias, path) {
      if (!isCulprit(alias.source, path)) return undefined;
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return syntaxFinding(file, message, parsed.position(offset));
}

/**
 * The offset where flow brackets ([ and {) first nest deeper than `limit`, if they do.
 * Quotes and comments are not skipped: only a hundred unclosed brackets in a row count, and
 * a false alarm would merely cost a less precise message.
 */
function findExcessiveFlowNesting(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5b || code === 0x7b) {
      if (++depth > limit) return at;
    } else if ((code === 0x5d || code === 0x7d) && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

function syntaxFinding(file: string, message: string, position: Position): Finding {
  return { file, rule: "yaml-syntax", severity: "error", message, position };
}

/** Duplicate keys are found by describe-yaml-problems.ts, in linear time (`yaml`'s check is not). */
function readDocument(text: string, lines = indexTextLines(text)): ParsedDocument {
  const { parseDocument } = yamlLib();
  const doc = parseDocument(text, { uniqueKeys: false, strict: true, prettyErrors: false });
  return { doc, position: lines.position, lineText: lines.lineText };
}

function findUndefinedAlias(doc: Document.Parsed): { source: string; offset: number } | undefined {
  const { isAlias, isPair, visit } = yamlLib();
  const anchors = new Set<string>();
  let found: { source: string; offset: number } | undefined;
  // visit walks in document order, so an anchor is seen before any alias allowed to use it.
  visit(doc, (_, node) => {
    if (isAlias(node)) {
      if (anchors.has(node.source)) return undefined;
      found = { source: node.source, offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    }
    const anchor = node && !isPair(node) ? (node as Node).anchor : undefined;
    if (anchor) anchors.add(anchor);
    return undefined;
  });
  return found;
}

/** js-yaml names a refused tag in long form (`tag:yaml.org,2002:binary`); users wrote `!!binary`. */
function describeUnknownTag(file: string, text: string, reason: string, parsed: ParsedDocument): Finding[] {
  const long = /unknown tag !<([^>]*)>/.exec(reason)?.[1] ?? "";
  const tag = long.startsWith("tag:yaml.org,2002:") ? `!!${long.slice(18)}` : long;
  const offset = tag === "" ? -1 : findToken(text, tag);
  const position = offset >= 0 ? parsed.position(offset) : { line: 1, column: 1 };
  return [syntaxFinding(file, unknownTagMessage(tag || "?"), position)];
}

function findToken(text: string, token: string): number {
  for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
    const after = text[at + token.length];
    if (after === undefined || /[\s,\]}]/.test(after)) return at;
  }
  return -1;
}

/** js-yaml's account, when `yaml` has none: in plain words, its own wording after them. */
function describeJsYamlReason(file: string, reason: string, at: Position, lines: TextLines): Finding {
  if (reason === "duplicated mapping key") {
    return { ...syntaxFinding(file, "a key appears twice in this mapping", at), rule: "duplicate-key" };
  }
  if (reason.startsWith("null byte")) {
    return syntaxFinding(file, "the file holds a NUL byte (character 0, not text) here; remove it", at);
  }
  const mistake = explainCommonMistake(lines.lineText(at.line));
  if (mistake !== undefined)
    return syntaxFinding(file, mistake.message, { line: at.line, column: mistake.column });
  return syntaxFinding(
    file,
    `YAML cannot read this line (${reason || "not valid YAML"}); check its quotes and brackets, and that each key is followed by ": "`,
    at,
  );
}

function describeCrash(error: unknown): string {
  if (error instanceof RangeError) return "the file is nested too deeply";
  return error instanceof Error ? error.message : String(error);
}
