// The slow path of YAML reading: once js-yaml has refused a file, `yaml` re-reads it to say
// what is wrong and where, in words meant for the person editing the file. Runs only for
// broken files, so it may afford the position-keeping Document API.
import jsYaml from "js-yaml";
import type { Document, Node, YAMLError } from "yaml";
import type { Finding } from "../diagnostics/diagnostic.js";
import { yamlLib } from "../util/yaml-lib.js";

type Position = { line: number; column: number };

/** js-yaml's own default limit (maxDepth), kept for the cases js-yaml does not reach. */
const MAX_DEPTH = 100;
const NESTING_MESSAGE = `nesting is deeper than ${MAX_DEPTH} levels; road-map files are a few levels deep`;

export function describeSyntaxErrors(file: string, text: string, error: unknown): Finding[] {
  const reason = error instanceof jsYaml.YAMLException ? error.reason : undefined;
  const mark = error instanceof jsYaml.YAMLException ? error.mark : undefined;
  const positionOf = createPositioner(text);
  // From the offset, not js-yaml's own line count, which stops at some characters (NUL).
  const markPosition = mark ? positionOf(mark.position) : { line: 1, column: 1 };
  const syntax = (message: string, position: Position): Finding[] => [syntaxFinding(file, message, position)];
  // Checked before `yaml` sees the file: its recursive composer is what such input attacks.
  if (reason?.startsWith("nesting exceeded maxDepth")) {
    return syntax(NESTING_MESSAGE, markPosition);
  }
  if (!(error instanceof jsYaml.YAMLException)) {
    return syntax(`could not read YAML: ${describeCrash(error)}`, { line: 0, column: 0 });
  }
  const fallback: Finding[] = [
    {
      ...syntaxFinding(file, reason ?? "not valid YAML", markPosition),
      ...(reason === "duplicated mapping key" ? { rule: "duplicate-key" } : {}),
    },
  ];
  // js-yaml stopped at an earlier error before reaching the depth limit; `yaml` would spend
  // seconds recursing into such input (measured: 7 s for 10,000 brackets), so it is not asked.
  const deep = findExcessiveFlowNesting(text, MAX_DEPTH);
  if (deep !== undefined) return [...fallback, ...syntax(NESTING_MESSAGE, positionOf(deep))];
  try {
    return describeWithYaml(file, text, reason ?? "", positionOf) ?? fallback;
  } catch {
    // Best effort: on input that defeats `yaml` too (its visitor recurses), js-yaml's account.
    return fallback;
  }
}

function describeWithYaml(
  file: string,
  text: string,
  reason: string,
  positionOf: (offset: number) => Position,
): Finding[] | undefined {
  const syntax = (message: string, position: Position): Finding[] => [syntaxFinding(file, message, position)];
  const parsed = readDocument(text, positionOf);
  const problems = [...parsed.doc.errors, ...parsed.doc.warnings];
  if (problems.length > 0) return describeProblems(file, text, problems, parsed);

  // `yaml` accepts what js-yaml refused: a few corners where js-yaml is the stricter one.
  if (reason.startsWith("unidentified alias")) {
    const alias = findUndefinedAlias(parsed.doc);
    if (alias) {
      return syntax(
        `alias *${alias.source} refers to no anchor; an alias repeats a value anchored (&${alias.source}) earlier in the same file`,
        parsed.position(alias.offset),
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

interface ParsedDocument {
  doc: Document.Parsed;
  position(offset: number): Position;
}

function readDocument(text: string, position = createPositioner(text)): ParsedDocument {
  const { parseDocument } = yamlLib();
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: false });
  return { doc, position };
}

/**
 * Offset -> line and column, from the text itself: `yaml`'s LineCounter only knows the lines
 * its lexer reached, and both parsers stop counting early on some input (a NUL byte).
 */
function createPositioner(text: string): (offset: number) => Position {
  let lineStarts: number[] | undefined;
  return (offset) => {
    lineStarts ??= indexLineStarts(text);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

function indexLineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/** One finding per line and rule: `yaml` often reports a cascade of errors for one mistake. */
function describeProblems(
  file: string,
  text: string,
  problems: YAMLError[],
  parsed: ParsedDocument,
): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const problem of problems) {
    // Once the parser has lost its way, every following line is an "unexpected token": noise.
    if (problem.code === "UNEXPECTED_TOKEN" && findings.length > 0) continue;
    const unclosed = describeUnclosed(problem, parsed.doc);
    const position = parsed.position(unclosed?.offset ?? problem.pos[0]);
    const rule = problem.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax";
    const key = `${rule}:${position.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const message = unclosed?.message ?? describeProblem(problem, text, parsed);
    findings.push({ file, rule, severity: "error", message, position });
  }
  return findings;
}

function describeProblem(problem: YAMLError, text: string, parsed: ParsedDocument): string {
  switch (problem.code) {
    case "DUPLICATE_KEY":
      return describeDuplicateKey(problem.pos[0], parsed);
    case "MULTIPLE_DOCS":
      return `a road-map file holds one YAML document; found a second at line ${parsed.position(problem.pos[0]).line}`;
    case "TAG_RESOLVE_FAILED": {
      const tag = /tag: (\S+)/.exec(problem.message)?.[1] ?? text.slice(problem.pos[0], problem.pos[1]);
      return unknownTagMessage(tag);
    }
    case "TAB_AS_INDENT":
      return "tabs are not allowed as indentation; indent with spaces";
    case "RESOURCE_EXHAUSTION":
      return "the file is too complex to read (nesting or aliases)";
    case "BLOCK_AS_IMPLICIT_KEY":
      // `title: Auth: phase 2`, the classic.
      return 'a plain value cannot contain ": "; put the value in quotes';
    case "MULTILINE_IMPLICIT_KEY":
      return 'expected "key: value" here (a missing ": ", or a value that runs over several lines?)';
    case "BAD_SCALAR_START":
      return `${cleanMessage(problem.message)}; put the value in quotes`;
    default:
      return cleanMessage(problem.message);
  }
}

const UNCLOSED = [
  { pattern: /^Flow sequence/, message: 'unclosed list: this "[" has no matching "]"' },
  { pattern: /^Flow map/, message: 'unclosed mapping: this "{" has no matching "}"' },
  { pattern: /^Missing closing "/, message: 'unclosed string: this " has no closing "' },
  { pattern: /^Missing closing '/, message: "unclosed string: this ' has no closing '" },
];

/**
 * `yaml` notices an unclosed bracket or quote where the file goes on without it; the person
 * needs to see where it was opened, which is where the unfinished node starts.
 */
function describeUnclosed(
  problem: YAMLError,
  doc: Document.Parsed,
): { message: string; offset: number } | undefined {
  const { isPair, visit } = yamlLib();
  const kind = UNCLOSED.find((candidate) => candidate.pattern.test(problem.message));
  if (kind === undefined) return undefined;
  const end = problem.pos[0];
  let offset: number | undefined;
  visit(doc, (_, node) => {
    const range = node && !isPair(node) ? (node as Node).range : undefined;
    if (range && range[0] < end && range[1] === end && (offset === undefined || range[0] > offset)) {
      offset = range[0];
    }
  });
  return offset === undefined ? undefined : { message: kind.message, offset };
}

function describeDuplicateKey(offset: number, parsed: ParsedDocument): string {
  const { isPair, isScalar, visit } = yamlLib();
  let message = "a key appears twice in this mapping";
  visit(parsed.doc, {
    Map(_, map) {
      const firstLine = new Map<string, number>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const start = pair.key.range?.[0] ?? -1;
        const first = firstLine.get(name);
        if (start === offset && first !== undefined) {
          message = `key "${name}" appears twice in this mapping (first on line ${first})`;
          return visit.BREAK;
        }
        if (first === undefined) firstLine.set(name, parsed.position(start).line);
      }
      return undefined;
    },
  });
  return message;
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

function unknownTagMessage(tag: string): string {
  return `unknown tag "${tag}": road-map files hold plain values (strings, numbers, lists, mappings), not tagged types`;
}

/** `yaml` appends " at line 3, column 4" and a code frame; the diagnostic carries those. */
function cleanMessage(message: string): string {
  const first = (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  return first.charAt(0).toLowerCase() + first.slice(1);
}

function describeCrash(error: unknown): string {
  if (error instanceof RangeError) return "the file is nested too deeply";
  return error instanceof Error ? error.message : String(error);
}
