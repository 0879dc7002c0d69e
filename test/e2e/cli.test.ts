import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { BIN, CORPUS, runCli } from "../run-cli.js";

test("a reader that stops early (| head) is not an error: no trace, exit 0", () => {
  const result = spawnSync(
    "sh",
    ["-c", `"${process.execPath}" "${BIN}" show -C "${CORPUS}kubernetes" --today 2026-11-25 | head -n 1`],
    { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
  );
  expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(1);
  expect(result.stderr).toBe("");
});

test("no command prints the usage on stderr and exits 2", () => {
  const result = runCli([]);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toContain("Usage: roadmap");
});

test("an unknown command exits 2 with a pointer to --help", () => {
  const result = runCli(["shwo"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("unknown command 'shwo'");
  expect(result.stderr).not.toMatch(/\n\s+at /);
});
