// Prints diagnostics in the chosen format and returns the exit code (shared by validate and lint).
import { relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { capPerFile } from "../diagnostics/cap-per-file.js";
import { countDiagnostics, type Diagnostic } from "../diagnostics/diagnostic.js";
import { formatDiagnosticsGithub } from "../diagnostics/format-github.js";
import { formatDiagnosticsJson } from "../diagnostics/format-json.js";
import { formatDiagnosticsSarif, type RuleDescription } from "../diagnostics/format-sarif.js";
import { formatDiagnosticsText, type TextFormatContext } from "../diagnostics/format-text.js";
import { type Narrowing, narrowDiagnostics } from "../diagnostics/narrow.js";
import { UsageError } from "../errors.js";
import { findWorkTreeRoot } from "../load/find-roadmap.js";
import { didYouMean } from "../util/did-you-mean.js";
import { VERSION } from "../version.js";
import { diagnosticFormats } from "./flag-values.js";
import type { Io } from "./io.js";
import { type ReadOptions, resolveFormat } from "./options.js";
import { createPaint } from "./paint.js";

export type DiagnosticFormat = (typeof diagnosticFormats)[number];

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
  lintOnly: readonly string[] = [],
): Narrowing {
  const narrowing: Narrowing = { quiet: options.quiet === true };
  if (options.rule === undefined) return narrowing;
  const ids = options.rule
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  if (ids.length === 0) throw new UsageError("--rule needs at least one rule id (comma-separated)");
  const known = rules.map((rule) => rule.id);
  for (const id of ids) {
    if (known.includes(id)) continue;
    if (lintOnly.includes(id)) throw new UsageError(`"${id}" is a lint rule; run roadmap lint --rule ${id}`);
    throw new UsageError(
      `unknown rule "${id}"${didYouMean(id, [...known, ...lintOnly])}; the rules are listed in docs/rules.md`,
    );
  }
  narrowing.rules = new Set(ids);
  return narrowing;
}

export function reportDiagnostics(
  all: Diagnostic[],
  format: DiagnosticFormat,
  context: { dir: string; io: Io; rules: readonly RuleDescription[]; narrowing?: Narrowing },
): void {
  const { io, dir } = context;
  const { shown, hidden } = narrowDiagnostics(all, context.narrowing ?? {});
  const diagnostics = capPerFile(shown);
  switch (format) {
    case "json":
      io.out(formatDiagnosticsJson(diagnostics));
      break;
    case "github":
      io.out(formatDiagnosticsGithub(diagnostics, pathFromGitRoot(dir)));
      break;
    case "sarif":
      io.out(
        formatDiagnosticsSarif(diagnostics, context.rules, {
          version: VERSION,
          uriBase: `${pathToFileURL(dir).href}/`,
        }),
      );
      break;
    default:
      io.out(formatDiagnosticsText(diagnostics, { ...textContext(dir, io), hidden }));
  }
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
