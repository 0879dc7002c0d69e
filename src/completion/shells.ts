// The completion scripts `roadmap completion <shell>` prints, and the answer each expects from
// the hidden `roadmap __complete <shell> -- <words...>` (docs/cli.md, "Completion"). The scripts
// only pass the words on and hand the answer to the shell: what to offer is decided in
// complete-words.ts, once for every shell. The first line of an answer is `values`, `files` or
// `dirs` (the shell's own path completion); then one candidate a line.
import type { Completion } from "./complete-words.js";

export const shells = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof shells)[number];

/**
 * bash splits words at `=` (COMP_WORDBREAKS), so `--view=ti` arrives as `--view`, `=`, `ti`:
 * joined again here, the words read as the user wrote them.
 */
export function joinBashWords(words: readonly string[]): string[] {
  const joined: string[] = [];
  let valueFollows = false;
  for (const word of words) {
    const previous = joined.at(-1);
    if (valueFollows) {
      joined[joined.length - 1] = `${previous}${word}`;
      valueFollows = false;
    } else if (word === "=" && previous !== undefined && /^--[^=]+$/.test(previous)) {
      joined[joined.length - 1] = `${previous}=`;
      valueFollows = true;
    } else {
      joined.push(word);
    }
  }
  return joined;
}

/** The answer for a shell: the kind line, then the candidates in the shell's form. */
export function formatCompletion(shell: Shell, completion: Completion, current: string): string {
  if (completion.kind !== "values") return `${completion.kind}\n`;
  const lines = completion.candidates.map(({ value, description }) => {
    const about = (description ?? "").split("\n")[0]!.replaceAll("\t", " ");
    if (shell === "bash") return bashValue(value, current);
    if (shell === "fish") return about === "" ? value : `${value}\t${about}`;
    // zsh's _describe reads `value:description`; a colon inside the value is escaped.
    const escaped = value.replaceAll("\\", "\\\\").replaceAll(":", "\\:");
    return about === "" ? escaped : `${escaped}:${about}`;
  });
  return `values\n${lines.map((line) => `${line}\n`).join("")}`;
}

/** Readline replaces only what follows the `=` of `--view=ti`, so bash gets the value alone. */
function bashValue(value: string, current: string): string {
  const equals = current.indexOf("=");
  return current.startsWith("--") && equals !== -1 ? value.slice(equals + 1) : value;
}

export function completionScript(shell: Shell): string {
  return SCRIPTS[shell];
}

const SCRIPTS: Record<Shell, string> = {
  bash: `# roadmap completion for bash. Load it from ~/.bashrc:
#   source <(roadmap completion bash)
# or save it as ~/.local/share/bash-completion/completions/roadmap
_roadmap_completion() {
    local cur=\${COMP_WORDS[COMP_CWORD]} kind line
    local -a lines=()
    [[ $cur == "=" ]] && cur=""
    while IFS= read -r line; do lines+=("$line"); done < <(
        "\${COMP_WORDS[0]}" __complete bash -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null
    )
    kind=\${lines[0]-}
    COMPREPLY=()
    case $kind in
        files) compopt -o filenames 2>/dev/null; while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$cur") ;;
        dirs) compopt -o filenames 2>/dev/null; while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -d -- "$cur") ;;
        values) COMPREPLY=("\${lines[@]:1}") ;;
    esac
}
complete -F _roadmap_completion roadmap
`,
  zsh: `#compdef roadmap
# roadmap completion for zsh. Load it from ~/.zshrc, after compinit:
#   source <(roadmap completion zsh)
# or save it as _roadmap in a folder of $fpath.
_roadmap() {
    local -a lines candidates
    lines=("\${(@f)$("\${words[1]}" __complete zsh -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
    case "\${lines[1]}" in
        files) _files ;;
        dirs) _files -/ ;;
        values)
            candidates=("\${(@)lines[2,-1]}")
            (( \${#candidates} )) && _describe -t values roadmap candidates ;;
    esac
}
if [[ "\${funcstack[1]}" == _roadmap ]]; then
    _roadmap "$@"
else
    compdef _roadmap roadmap
fi
`,
  fish: `# roadmap completion for fish. Load it with:
#   roadmap completion fish | source
# or save it as ~/.config/fish/completions/roadmap.fish
function __roadmap_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l lines ($tokens[1] __complete fish -- $tokens[2..-1] "$current" 2>/dev/null)
    switch "$lines[1]"
        case files
            __fish_complete_path "$current"
        case dirs
            __fish_complete_directories "$current"
        case values
            printf '%s\\n' $lines[2..-1]
    end
end
complete -c roadmap -f -a '(__roadmap_complete)'
`,
};
