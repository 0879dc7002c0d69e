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

test.skipIf(!hasTmux)("starts from the built bundle in a terminal, answers keys, quits with q", async () => {
  const session = `roadmap-ui-test-${process.pid}`;
  const tmux = (...args: string[]) => spawnSync("tmux", args, { encoding: "utf8" });
  const screen = () => tmux("capture-pane", "-t", session, "-p").stdout;
  const waitFor = async (text: string): Promise<string> => {
    for (let i = 0; i < 100; i++) {
      const shown = screen();
      if (shown.includes(text)) return shown;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return screen();
  };
  // CI=true as on a CI runner: Ink would then draw nothing until exit; the browser must not care.
  const command = `CI=true NO_COLOR=1 '${process.execPath}' '${BIN}' ui -C '${ACME}' --today 2026-11-25; echo "exit=$?"; sleep 30`;
  tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command);
  try {
    expect(await waitFor("Theme growth: Acquire new customers")).toContain("▾ Acquire new customers");
    tmux("send-keys", "-t", session, "Down");
    expect(await waitFor("Milestone 2026-q3: Summer launch")).toContain("Summer launch");
    tmux("send-keys", "-t", session, "Tab");
    expect(await waitFor("▼ today 2026-11-25")).toContain("2026-Q4");
    tmux("send-keys", "-t", session, "q");
    expect(await waitFor("exit=0")).toContain("exit=0");
  } finally {
    tmux("kill-session", "-t", session);
  }
});

test.skipIf(!hasTmux)("the fourth view lists the ranked ideas; / filters them", async () => {
  const session = `roadmap-ui-ideas-${process.pid}`;
  const example = fileURLToPath(new URL("../../examples/acme/", import.meta.url));
  const tmux = (...args: string[]) => spawnSync("tmux", args, { encoding: "utf8" });
  const screen = () => tmux("capture-pane", "-t", session, "-p").stdout;
  const waitFor = async (text: string): Promise<string> => {
    for (let i = 0; i < 100; i++) {
      const shown = screen();
      if (shown.includes(text)) return shown;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return screen();
  };
  const command = `NO_COLOR=1 '${process.execPath}' '${BIN}' ui -C '${example}' --today 2026-11-25; echo "exit=$?"; sleep 30`;
  tmux("new-session", "-d", "-s", session, "-x", "100", "-y", "30", command);
  try {
    await waitFor("Theme grow-self-serve");
    // One key a time: keys sent together reach Ink as one input, which it does not read as Tab.
    tmux("send-keys", "-t", session, "Tab");
    await waitFor("▼ today 2026-11-25");
    tmux("send-keys", "-t", session, "Tab");
    await waitFor("NOW · 2026-Q4");
    tmux("send-keys", "-t", session, "Tab");
    const ideas = await waitFor("5 ideas: 1 new, 2 triaged, 1 declined, 1 promoted");
    expect(ideas).toContain("  420    3     1   84d  triaged   spreadsheet-import  Import from spreadsheets");
    expect(ideas).toContain("→ epic scim-provisioning  · proposed 0%");
    tmux("send-keys", "-t", session, "/");
    await waitFor("Esc clears it");
    tmux("send-keys", "-t", session, "globex");
    await waitFor("/globex");
    tmux("send-keys", "-t", session, "Enter");
    const filtered = await waitFor("1 idea: 1 triaged");
    expect(filtered).toContain("spreadsheet-import");
    expect(filtered).not.toContain("slack-digest");
    tmux("send-keys", "-t", session, "q");
    expect(await waitFor("exit=0")).toContain("exit=0");
  } finally {
    tmux("kill-session", "-t", session);
  }
});
