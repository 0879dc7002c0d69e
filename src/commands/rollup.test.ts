// The command's own decisions, with a fake terminal: bars and the terminal's width on a TTY
// only (the e2e tests cover the output off a TTY).
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import type { Io } from "./io.js";
import { runRollup } from "./rollup.js";

const BAKERY = fileURLToPath(new URL("../../test/fixtures/rollup/bakery", import.meta.url));

function fakeIo(stdout: Io["stdout"]): Io & { text: () => string } {
  let text = "";
  return {
    out: (chunk) => {
      text += chunk;
    },
    err: () => {},
    env: { NO_COLOR: "1" },
    cwd: BAKERY,
    stdout,
    text: () => text,
  };
}

test.each([
  ["a TTY", { isTTY: true, columns: 100 }, true],
  ["a pipe", { isTTY: false }, false],
])("on %s: bars %s", async (_name, stdout, bars) => {
  const io = fakeIo(stdout);
  expect(await runRollup({ dir: BAKERY }, io)).toBe(0);
  const mission = io.text().split("\n")[1]!;
  expect(mission.includes("█████░░░░░")).toBe(bars);
  if (bars) expect(mission).toMatch(/50% {2}█████░░░░░$/);
});
