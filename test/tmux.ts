// A command running in a real terminal (a detached tmux session), for tests of what users see
// there: the TUI, shell completion. Callers skip their test when tmux is missing (hasTmux).
import { spawnSync } from "node:child_process";

export const hasTmux = spawnSync("tmux", ["-V"]).status === 0;

export interface TmuxSession {
  /** The screen as text, one line a row (trailing spaces trimmed by tmux). */
  screen(): string;
  /** The screen once it shows `text` (or after ten seconds, whatever it shows). */
  waitFor(text: string): Promise<string>;
  /** Keys as tmux send-keys takes them: text, or names like Down, Tab, C-u. */
  keys(...keys: string[]): void;
  resize(columns: number, rows: number): void;
  kill(): void;
}

let sessions = 0;

export function startTmux(
  command: string,
  size: { columns: number; rows: number; cwd?: string },
): TmuxSession {
  const name = `roadmap-test-${process.pid}-${sessions++}`;
  const tmux = (...args: string[]) => spawnSync("tmux", args, { encoding: "utf8" });
  const where = size.cwd === undefined ? [] : ["-c", size.cwd];
  tmux(
    "new-session",
    "-d",
    "-s",
    name,
    "-x",
    String(size.columns),
    "-y",
    String(size.rows),
    ...where,
    command,
  );
  const screen = () => tmux("capture-pane", "-t", name, "-p").stdout;
  return {
    screen,
    async waitFor(text) {
      for (let i = 0; i < 100 && !screen().includes(text); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return screen();
    },
    keys: (...keys) => void tmux("send-keys", "-t", name, ...keys),
    resize: (columns, rows) =>
      void tmux("resize-window", "-t", name, "-x", String(columns), "-y", String(rows)),
    kill: () => void tmux("kill-session", "-t", name),
  };
}
