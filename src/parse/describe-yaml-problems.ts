// `yaml`'s problems with a file, as findings for the person editing it: one per line and rule
// (`yaml` reports a cascade for one mistake), tab indentation once per file, duplicate keys found
// in one pass, every message in plain words with a fix (docs/format.md, "When a file is not
// valid YAML"). Each step is linear in the file: a hostile file has tens of thousands of problems.
import type { Document, Node, YAMLError } from "yaml";
import type { Finding } from "../diagnostics/diagnostic.js";
import { quoteValue } from "../util/quote-value.js";
import { yamlLib } from "../util/yaml-lib.js";
import type { TextLines } from "./text-lines.js";
import { explainCommonMistake } from "./yaml-mistakes.js";

export interface ParsedDocument extends TextLines {
  doc: Document.Parsed;
}

interface Problem {
  code: YAMLError["code"];
  message: string;
  offset: number;
}

/** How many tab-indented lines the tab message names before "and N more". */
const TAB_LINES_NAMED = 5;

export function describeDocumentProblems(file: string, text: string, parsed: ParsedDocument): Finding[] {
  let problems: Problem[] = [...parsed.doc.errors, ...parsed.doc.warnings].map((problem) => ({
    code: problem.code,
    message: problem.message,
    offset: problem.pos[0],
  }));
  const tabLines = problems
    .filter((problem) => problem.code === "TAB_AS_INDENT")
    .map((problem) => parsed.position(problem.offset).line);
  // Tabs change how lines nest, so "duplicate" keys and other structure problems on tab-indented
  // lines are the tabs' doing (a false duplicate-key once): the tab message says it all.
  if (tabLines.length > 0) {
    const tabbed = new Set(tabLines);
    problems = problems.filter(
      (problem) => problem.code !== "TAB_AS_INDENT" && !tabbed.has(parsed.position(problem.offset).line),
    );
  } else {
    problems = [...problems, ...findDuplicateKeys(parsed)];
  }
  const findings: Finding[] = [];
  if (tabLines.length > 0) findings.push(tabFinding(file, tabLines));
  const unclosed = createUnclosedFinder(parsed.doc);
  const seen = new Set<string>();
  for (const problem of problems) {
    // Once the parser has lost its way, every following line is an "unexpected token": noise.
    if (problem.code === "UNEXPECTED_TOKEN" && findings.length > 0) continue;
    const at = parsed.position(problem.offset);
    const mistake =
      problem.code === "DUPLICATE_KEY" ? undefined : explainCommonMistake(parsed.lineText(at.line));
    const opened = mistake === undefined ? unclosed(problem) : undefined;
    const position = mistake
      ? { line: at.line, column: mistake.column }
      : parsed.position(opened?.offset ?? problem.offset);
    const rule = problem.code === "DUPLICATE_KEY" ? "duplicate-key" : "yaml-syntax";
    const key = `${rule}:${position.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const message = mistake?.message ?? opened?.message ?? describeProblem(problem, text, parsed);
    findings.push({ file, rule, severity: "error", message, position });
  }
  return findings;
}

function tabFinding(file: string, lines: readonly number[]): Finding {
  const unique = [...new Set(lines)];
  const named = unique.slice(0, TAB_LINES_NAMED).join(", ");
  const more = unique.length > TAB_LINES_NAMED ? ` and ${unique.length - TAB_LINES_NAMED} more` : "";
  const where = unique.length === 1 ? `line ${named}` : `lines ${named}${more}`;
  return {
    file,
    rule: "yaml-syntax",
    severity: "error",
    message: `this file is indented with tabs (${where}); YAML indents with spaces only: replace the tabs with spaces (most editors can convert indentation)`,
    position: { line: unique[0]!, column: 1 },
  };
}

/** The message for a problem no common mistake explains: plain words first, the parser's after. */
function describeProblem(problem: Problem, text: string, parsed: ParsedDocument): string {
  const raw = cleanMessage(problem.message);
  switch (problem.code) {
    case "DUPLICATE_KEY":
      return problem.message;
    case "MULTIPLE_DOCS":
      return `a road-map file holds one YAML document; found a second at line ${parsed.position(problem.offset).line}`;
    case "TAG_RESOLVE_FAILED": {
      const tag = /tag: (\S+)/.exec(problem.message)?.[1] ?? text.slice(problem.offset).split(/\s/)[0] ?? "?";
      return unknownTagMessage(tag);
    }
    case "RESOURCE_EXHAUSTION":
      return "the file is too complex to read (nesting or aliases)";
    case "BLOCK_AS_IMPLICIT_KEY":
      // `title: Auth: phase 2`, the classic.
      return 'a plain value cannot contain ": "; put the value in quotes';
    case "MULTILINE_IMPLICIT_KEY":
      return 'expected "key: value" here (a missing ": ", or a value that runs over several lines?)';
    case "BAD_SCALAR_START":
      return `${raw}; put the value in quotes`;
    case "BAD_INDENT":
      return `the indentation here does not line up with the lines above (${raw}); indent the keys of one mapping, and the items of one list, by the same number of spaces`;
    case "BAD_DQ_ESCAPE":
      return `a backslash in a double-quoted value starts an escape, and this one is not valid (${raw}); write \\\\ for a backslash, or put the value in single quotes`;
    case "KEY_OVER_1024_CHARS":
      return `a key is over 1024 characters long, or a ": " is missing after it (${raw})`;
    default:
      return `YAML cannot read this line (${raw}); check its quotes and brackets, and that each key is followed by ": "`;
  }
}

export function unknownTagMessage(tag: string): string {
  return `unknown tag ${quoteValue(tag)}: road-map files hold plain values (strings, numbers, lists, mappings), not tagged types; if the ! is meant as text, put the value in quotes`;
}

/** `yaml` appends " at line 3, column 4" and a code frame; the diagnostic carries those. */
function cleanMessage(message: string): string {
  const first = (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
  return first.charAt(0).toLowerCase() + first.slice(1);
}

/**
 * Duplicate keys of every mapping, in one pass (`yaml`'s own check compares each key with every
 * earlier one, quadratic in the keys of a mapping). Keys compare as js-yaml compares them, as strings.
 */
function findDuplicateKeys(parsed: ParsedDocument): Problem[] {
  const { isPair, isScalar, visit } = yamlLib();
  const problems: Problem[] = [];
  visit(parsed.doc, {
    Map(_, map) {
      const firstLine = new Map<string, number>();
      for (const pair of map.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        const start = pair.key.range?.[0] ?? 0;
        const first = firstLine.get(name);
        if (first === undefined) {
          firstLine.set(name, parsed.position(start).line);
          continue;
        }
        problems.push({
          code: "DUPLICATE_KEY",
          message: `key ${quoteValue(name)} appears twice in this mapping (first on line ${first})`,
          offset: start,
        });
      }
      return undefined;
    },
  });
  return problems;
}

const UNCLOSED = [
  { pattern: /^Flow sequence/, message: 'unclosed list: this "[" has no matching "]"' },
  { pattern: /^Flow map/, message: 'unclosed mapping: this "{" has no matching "}"' },
  { pattern: /^Missing closing "/, message: 'unclosed string: this " has no closing "' },
  { pattern: /^Missing closing '/, message: "unclosed string: this ' has no closing '" },
];

/**
 * `yaml` notices an unclosed bracket or quote where the file goes on without it; the person
 * needs to see where it was opened, which is where the unfinished node starts (the innermost
 * node ending there). Node ranges are indexed by end once, on first need.
 */
function createUnclosedFinder(
  doc: Document.Parsed,
): (problem: Problem) => { message: string; offset: number } | undefined {
  let startByEnd: Map<number, number> | undefined;
  return (problem) => {
    const kind = UNCLOSED.find((candidate) => candidate.pattern.test(problem.message));
    if (kind === undefined) return undefined;
    startByEnd ??= indexNodeStarts(doc);
    const offset = startByEnd.get(problem.offset);
    return offset === undefined ? undefined : { message: kind.message, offset };
  };
}

function indexNodeStarts(doc: Document.Parsed): Map<number, number> {
  const { isPair, visit } = yamlLib();
  const starts = new Map<number, number>();
  visit(doc, (_, node) => {
    const range = node && !isPair(node) ? (node as Node).range : undefined;
    if (range === undefined || range === null || range[0] >= range[1]) return;
    const known = starts.get(range[1]);
    if (known === undefined || range[0] > known) starts.set(range[1], range[0]);
  });
  return starts;
}
