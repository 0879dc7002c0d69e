// `roadmap ui` from the built bundle: refuses a pipe, and really starts in a terminal (tmux).
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { createRepo } from "../git-repo.js";
import { BIN, fixture, runCli } from "../run-cli.js";
import { hasTmux, startTmux } from "../tmux.js";

const ACME = fixture("show/acme-like");

test("not a TTY: exit 2 pointing to roadmap show", () => {
  const result = runCli(["ui", "-C", ACME]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(/^roadmap: roadmap ui needs an interactive terminal; use roadmap show/);
});

test.skipIf(!hasTmux)("starts from the built bundle in a terminal, answers keys, quits with q", async () => {
  // CI=true as on a CI runner: Ink would then draw nothing until exit; the browser must not care.
  const command = `CI=true NO_COLOR=1 '${process.execPath}' '${BIN}' ui -C '${ACME}' --today 2026-11-25; echo "exit=$?"; sleep 30`;
  const terminal = startTmux(command, { columns: 100, rows: 30 });
  try {
    expect(await terminal.waitFor("Theme growth: Acquire new customers")).toContain(
      "▾ Acquire new customers",
    );
    terminal.keys("Down");
    expect(await terminal.waitFor("Milestone 2026-q3: Summer launch")).toContain("Summer launch");
    terminal.keys("Tab");
    expect(await terminal.waitFor("▼ today 2026-11-25")).toContain("2026-Q4");
    terminal.keys("q");
    expect(await terminal.waitFor("exit=0")).toContain("exit=0");
  } finally {
    terminal.kill();
  }
});

test.skipIf(!hasTmux)("DEV=true in the environment (Ink's devtools switch) changes nothing", async () => {
  const command = `DEV=true NO_COLOR=1 '${process.execPath}' '${BIN}' ui -C '${ACME}' --today 2026-11-25; echo "exit=$?"; sleep 30`;
  const terminal = startTmux(command, { columns: 100, rows: 30 });
  try {
    const screen = await terminal.waitFor("Theme growth: Acquire new customers");
    expect(screen).not.toContain("react-devtools-core");
    terminal.keys("q");
    expect(await terminal.waitFor("exit=0")).toContain("exit=0");
  } finally {
    terminal.kill();
  }
});

test.skipIf(!hasTmux)("the fourth view lists the ranked ideas; / filters them", async () => {
  const example = fileURLToPath(new URL("../../examples/acme/", import.meta.url));
  const command = `NO_COLOR=1 '${process.execPath}' '${BIN}' ui -C '${example}' --today 2026-11-25; echo "exit=$?"; sleep 30`;
  const terminal = startTmux(command, { columns: 100, rows: 30 });
  try {
    await terminal.waitFor("Theme grow-self-serve");
    // One key a time: keys sent together reach Ink as one input, which it does not read as Tab.
    terminal.keys("Tab");
    await terminal.waitFor("▼ today 2026-11-25");
    terminal.keys("Tab");
    await terminal.waitFor("NOW · 2026-Q4");
    terminal.keys("Tab");
    const ideas = await terminal.waitFor("5 ideas: 1 new, 2 triaged, 1 declined, 1 promoted");
    expect(ideas).toContain("  420    3     1   84d  triaged   spreadsheet-import  Import from spreadsheets");
    expect(ideas).toContain("→ epic scim-provisioning  · proposed 0%");
    terminal.keys("/");
    await terminal.waitFor("Esc clears it");
    terminal.keys("globex");
    await terminal.waitFor("/globex");
    terminal.keys("Enter");
    const filtered = await terminal.waitFor("1 idea: 1 triaged");
    expect(filtered).toContain("spreadsheet-import");
    expect(filtered).not.toContain("slack-digest");
    terminal.keys("q");
    expect(await terminal.waitFor("exit=0")).toContain("exit=0");
  } finally {
    terminal.kill();
  }
});

test.skipIf(!hasTmux)(
  "a resize re-lays out the screen; --rev names the revision; d scrolls the details",
  async () => {
    const repo = createRepo({});
    cpSync(ACME, join(repo.dir, "roadmap"), { recursive: true });
    repo.commit("Road map", { day: 1 });
    repo.git("tag", "v1.0");
    const command = `cd '${repo.dir}' && NO_COLOR=1 '${process.execPath}' '${BIN}' ui --rev v1.0 --today 2026-11-25; echo "exit=$?"; sleep 30`;
    const terminal = startTmux(command, { columns: 120, rows: 30 });
    try {
      expect(await terminal.waitFor("Theme growth")).toContain("roadmap · Acme Cloud · at v1.0");
      terminal.resize(60, 24);
      terminal.keys("Down");
      const narrow = await terminal.waitFor("Milestone 2026-q3");
      // Stacked: the details start on their own line, below the tree, and nothing is wider than 60.
      expect(narrow).toMatch(/^Milestone 2026-q3: Summer launch/m);
      for (const line of narrow.split("\n")) expect(line.trimEnd().length).toBeLessThanOrEqual(60);
      terminal.keys("d");
      expect(await terminal.waitFor("Esc/d back")).toContain("Esc/d back");
      terminal.keys("q");
      expect(await terminal.waitFor("exit=")).toContain("exit=0");
    } finally {
      terminal.kill();
      repo.remove();
    }
  },
);
