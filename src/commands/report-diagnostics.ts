// Prints diagnostics in the chosen format and returns the exit code (shared by validate and lint).
import { relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { capPerFile } from "../diagnostics/cap-per-file.js";
import { countDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import {
  type DiagnosticFormat,
  type DiagnosticFormatContext,
  diagnosticFormats,
} from "../diagnostics/diagnostic-formats.js";
import type { TextFormatContext } from "../diagnostics/format-text.js";
import { diagnosticFormatters } from "../diagnostics/formatters.js";
import { type Narrowing, narrowDiagnostics } from "../diagnostics/narrow.js";
import { isOneOf, type LintRuleId, type RuleDescription, type RuleId } from "../diagnostics/rule-ids.js";
import { UsageError } from "../errors.js";
import { findWorkTreeRoot } from "../load/find-roadmap.js";
import { didYouMean } from "../util/did-you-mean.js";
import { VERSION } from "../version.js";
import type { Io } from "./io.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";

export interface NarrowOptions {
  /** `--rule a,b`: a string until checked here. */
  rule?: string;
  quiet?: boolean;
}

export function chooseDiagnosticFormat(options: ReadOptions): DiagnosticFormat {
  return resolveFormat(options, diagnosticFormats, "text");
}

/**
 * `--rule` and `--quiet` checked against the rules this command reports; an unknown id is a
 * usage error with a "did you mean", and a lint rule given to `validate` says to run lint.
 */
export function resolveNarrowing(
  options: NarrowOptions,
  rules: readonly RuleDescription[],
  lintOnly: readonly LintRuleId[] = [],
): Narrowing {
  const narrowing: Narrowing = { quiet: options.quiet === true };
  if (options.rule === undefined) return narrowing;
  const ids = options.rule
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  if (ids.length === 0) throw new UsageError("--rule needs at least one rule id (comma-separated)");
  const known = rules.map((rule) => rule.id);
  const chosen = new Set<RuleId>();
  for (const id of ids) {
    if (isOneOf(id, known)) {
      chosen.add(id);
      continue;
    }
    if (isOneOf(id, lintOnly)) throw new UsageError(`"${id}" is a lint rule; run roadmap lint --rule ${id}`);
    throw new UsageError(
      `unknown rule "${id}"${didYouMean(id, [...known, ...lintOnly])}; the rules are listed in docs/rules.md`,
    );
  }
  narrowing.rules = chosen;
  return narrowing;
}

export function reportDiagnostics(
  all: Diagnostic[],
  format: DiagnosticFormat,
  context: { dir: string; io: Io; rules: readonly RuleDescription[]; narrowing?: Narrowing },
): void {
  const { io, dir, rules } = context;
  const { shown, hidden } = narrowDiagnostics(all, context.narrowing ?? {});
  const formatContext: DiagnosticFormatContext = {
    ...textContext(dir, io),
    hidden,
    rules,
    tool: { version: VERSION, uriBase: `${pathToFileURL(dir).href}/` },
    // Only the github format asks, and finding the work tree reads the disk.
    get folderInRepo() {
      return pathFromGitRoot(dir);
    },
  };
  io.out(diagnosticFormatters[format](capPerFile(shown), formatContext));
}

export function exitCodeFor(diagnostics: readonly Diagnostic[]): 0 | 1 {
  return countDiagnostics(diagnostics).errors > 0 ? 1 : 0;
}

/** What text diagnostics need: colours for this terminal, and the folder as seen from the current one. */
export function textContext(dir: string, io: Io): TextFormatContext {
  return { paint: createPaint(io.stdout, io.env), folder: posixRelative(io.cwd, dir) };
}

/** The folder relative to the enclosing git work tree ("" when at its root or outside git). */
function pathFromGitRoot(dir: string): string {
  const root = findWorkTreeRoot(dir);
  return root === undefined ? "" : posixRelative(root, dir);
}

function posixRelative(from: string, to: string): string {
  return relative(from, to).split(sep).join("/");
}
