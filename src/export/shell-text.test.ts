import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { expect, test } from "vitest";
import { shellQuote } from "./shell-text.js";

test.each([
  ["plain", "'plain'"],
  ["it's", "'it'\\''s'"],
  ["", "''"],
  ["a\u0000b", "'a\uFFFDb'"],
])("%j -> %j", (input, expected) => {
  expect(shellQuote(input)).toBe(expected);
});

test("the system's sh reads every quoted word back as the text, executing nothing", () => {
  const samples = fc.sample(
    fc.string({
      unit: fc.constantFrom(
        "'",
        '"',
        "$",
        "(",
        ")",
        "`",
        "\\",
        "\n",
        "\r",
        ";",
        "#",
        "*",
        "~",
        " ",
        "a",
        "é",
        "-",
      ),
    }),
    { numRuns: 300, seed: 12 },
  );
  const texts = [...samples, "$(touch pwned)", "`touch pwned`", "$HOME", "'; touch pwned; '"];
  const script = `printf '%s\\0' ${texts.map(shellQuote).join(" ")}`;
  const dir = mkdtempSync(join(tmpdir(), "roadmap-shell-"));
  const result = spawnSync("sh", ["-c", script], { encoding: "utf8", cwd: dir });
  expect(result.stderr).toBe("");
  expect(result.stdout.split("\u0000").slice(0, -1)).toEqual(texts);
  expect(readdirSync(dir)).toEqual([]);
});
