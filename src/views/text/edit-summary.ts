// What an edit command changed, in the words of `roadmap diff` (docs/edit.md): a summary line, the
// changes by section, then the files written (or, with --dry-run, that would be). Pure.
import type { Change } from "../../history/change.js";
import { summarizeChanges } from "../../history/sections.js";
import type { Paint } from "../../util/paint.js";
import { escapeForTerminal } from "../../util/terminal-text.js";
import { renderChangeSections } from "./diff-text.js";

export type FileAction = "changed" | "created" | "removed";

export interface EditedFile {
  path: string;
  action: FileAction;
}

export interface EditSummaryOptions {
  /** The command, for the first line ("set", "mv"...). */
  command: string;
  dryRun: boolean;
  paint: Paint;
}

export function renderEditSummary(
  changes: readonly Change[],
  files: readonly EditedFile[],
  options: EditSummaryOptions,
): string {
  const { paint } = options;
  const lines = [
    `${paint.bold(options.command)}: ${summarizeChanges(changes)}`,
    ...renderChangeSections(changes, paint),
    "",
  ];
  const verbs: Record<FileAction, string> = options.dryRun
    ? { changed: "would change", created: "would create", removed: "would remove" }
    : { changed: "changed", created: "created", removed: "removed" };
  for (const file of files) lines.push(`${verbs[file.action]} ${escapeForTerminal(file.path)}`);
  if (options.dryRun) lines.push(paint.dim("(dry run: nothing written)"));
  return `${lines.join("\n")}\n`;
}
