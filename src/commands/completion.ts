// `roadmap completion <shell>` prints the script a shell loads; the script calls the hidden
// `roadmap __complete <shell> -- <words...>` at each Tab (docs/cli.md, "Completion").
import type { Command } from "commander";
import { completeWords } from "../completion/complete-words.js";
import { roadMapValues } from "../completion/road-map-values.js";
import {
  completionScript,
  formatCompletion,
  joinBashWords,
  type Shell,
  shells,
} from "../completion/shells.js";
import { UsageError } from "../errors.js";
import type { Io } from "./io.js";

export function runCompletion(shell: string, io: Io): number {
  io.out(completionScript(checkShell(shell)));
  return 0;
}

/** Candidates for the last of `words`; never fails loudly, as the shell would print the error mid-line. */
export function runComplete(shell: string, typed: readonly string[], program: Command, io: Io): number {
  const checked = checkShell(shell);
  const words = checked === "bash" ? joinBashWords(typed) : [...typed];
  if (words.length === 0) words.push("");
  const sources = roadMapValues({ dir: typedDir(words), env: io.env, cwd: io.cwd });
  io.out(formatCompletion(checked, completeWords(program, words, sources), words.at(-1)!));
  return 0;
}

function checkShell(shell: string): Shell {
  if ((shells as readonly string[]).includes(shell)) return shell as Shell;
  throw new UsageError(`unknown shell "${shell}"; use one of: ${shells.join(", ")}`);
}

/** The road-map folder typed on the line so far (`-C plans`, `--dir=plans`), if any. */
function typedDir(words: readonly string[]): string | undefined {
  let dir: string | undefined;
  for (const [i, word] of words.slice(0, -1).entries()) {
    if (word === "-C" || word === "--dir") dir = words[i + 1];
    else if (word.startsWith("--dir=")) dir = word.slice("--dir=".length);
  }
  return dir;
}
