// `roadmap ui` from the built bundle: refuses a pipe, and really starts in a terminal (tmux).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { BIN, fixture, runCli } from "../run-cli.js";

const ACME = fixture("show/acme-like");

test("not a TTY: exit 2 pointing to roadmap show", () => {
  const result = runCli(["ui", "-C", ACME]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^roadmap: roadmap ui needs an interactive terminal; use roadmap show/);
});

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;

/** A tmux session running `command` in a 100x30 terminal: send keys, wait for text on screen. */
function openTerminal(session: string, command: string) {
  const tmux = (...args: string[]) => spawnSync("tmux", args, { encoding: "utf8" });
  const screen = () => tmux("capture-pane", "-t", session, "-p").stdout;
  tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command);
  return {
    send: (...keys: string[]) => tmux("send-keys", "-t", session, ...keys),
    waitFor: async (text: string): Promise<string> => {
      for (let i = 0; i < 100; i++) {
        const shown = screen();
        if (shown.includes(text)) return shown;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return screen();
    },
    close: () => tmux("kill-session", "-t", session),
  };
}

test.skipIf(!hasTmux)("starts from the built bundle in a terminal, answers keys, quits with q", async () => {
  // CI=true as on a CI runner: Ink would then draw nothing until exit; the browser must not care.
  const command = `CI=true NO_COLOR=1 '${process.execPath}' '${BIN}' ui -C '${ACME}' --today 2026-11-25; echo "exit=$?"; sleep 30`;
  const terminal = openTerminal(`roadmap-ui-test-${process.pid}`, command);
  try {
    expect(await terminal.waitFor("Theme growth: Acquire new customers")).toContain(
      "▾ Acquire new customers",
    );
    terminal.send("Down");
    expect(await terminal.waitFor("Milestone 2026-q3: Summer launch")).toContain("Summer launch");
    terminal.send("Tab");
    expect(await terminal.waitFor("▼ today 2026-11-25")).toContain("2026-Q4");
    terminal.send("q");
    expect(await terminal.waitFor("exit=0")).toContain("exit=0");
  } finally {
    terminal.close();
  }
});

test.skipIf(!hasTmux)("the fourth view lists the ranked ideas; / filters them", async () => {
  const example = fileURLToPath(new URL("../../examples/acme/", import.meta.url));
  const command = `NO_COLOR=1 '${process.execPath}' '${BIN}' ui -C '${example}' --today 2026-11-25; echo "exit=$?"; sleep 30`;
  const terminal = openTerminal(`roadmap-ui-ideas-${process.pid}`, command);
  try {
    await terminal.waitFor("Theme grow-self-serve");
    // One key a time: keys sent together reach Ink as one input, which it does not read as Tab.
    terminal.send("Tab");
    await terminal.waitFor("▼ today 2026-11-25");
    terminal.send("Tab");
    await terminal.waitFor("NOW · 2026-Q4");
    terminal.send("Tab");
    const ideas = await terminal.waitFor("5 ideas: 1 new, 2 triaged, 1 declined, 1 promoted");
    expect(ideas).toContain("  420    3     1   84d  triaged   spreadsheet-import  Import from spreadsheets");
    expect(ideas).toContain("→ epic scim-provisioning  · proposed 0%");
    terminal.send("/");
    await terminal.waitFor("Esc clears it");
    terminal.send("globex");
    await terminal.waitFor("/globex");
    terminal.send("Enter");
    const filtered = await terminal.waitFor("1 idea: 1 triaged");
    expect(filtered).toContain("spreadsheet-import");
    expect(filtered).not.toContain("slack-digest");
    terminal.send("q");
    expect(await terminal.waitFor("exit=0")).toContain("exit=0");
  } finally {
    terminal.close();
  }
});
