// The diagnostic formats of `validate` and `lint` (README.md `--format`) and the one signature they
// share: a pure function of the diagnostics and one context, each format reading what it needs
// from it. The names sit apart from the formatters (formatters.ts maps each name to its function,
// checked by the compiler), so the CLI can list them in --help and completion without loading any.
import type { Paint } from "../util/paint.js";
import type { Diagnostic } from "./diagnostic.js";
import type { RuleDescription } from "./rule-ids.js";

export const diagnosticFormats = ["text", "json", "github", "sarif"] as const;
export type DiagnosticFormat = (typeof diagnosticFormats)[number];

/** Problems `--rule` or `--quiet` kept out of the output (they still decide the exit code). */
export interface HiddenDiagnostics {
  errors: number;
  warnings: number;
  /** The flag that hid them, for the summary: "--quiet", "--rule". */
  by: string;
}

export interface DiagnosticFormatContext {
  /** text: colours for this terminal. */
  paint: Paint;
  /**
   * text: the road-map folder as seen from the current folder, posix separators ("" when they
   * are the same): text diagnostics print paths relative to the current folder, so terminals and
   * editors open them (docs/cli.md, "Paths in diagnostics").
   */
  folder: string;
  /** text: what --rule / --quiet left out, for the summary. */
  hidden?: HiddenDiagnostics | undefined;
  /**
   * github: the road-map folder relative to the git work tree's root ("" at the root or outside
   * git), so annotations land on the pull request's lines.
   */
  folderInRepo: string;
  /** sarif: the rules the command reports, for the rule table. */
  rules: readonly RuleDescription[];
  /** sarif: roadmap's version, and the road-map folder as a file URL ending in "/". */
  tool: { version: string; uriBase: string };
}

export type DiagnosticFormatter = (
  diagnostics: readonly Diagnostic[],
  context: DiagnosticFormatContext,
) => string;
