// Comments in src/, test/ and scripts/ cite documents in this repository (docs/..., README.md, bench/README.md), never
// ones outside it (the spec and notes the project was built from, issue numbers), and carry no
// timing figures, which go stale: those live in bench/README.md ("Figures behind the code").
// Code spans in comments (`800 ms → 300 ms`) quote values and output, not claims, and are skipped.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const OUTSIDE = [/\bSPEC\s?\d/, /\bSTYLE\.md\b/, /\bPERF-NOTES\b/, /\.\.\/shared\b/, /\bissues?\s+#?\d+/i];
const TIMING = [
  /\b\d[\d.,]*\s?(ms|µs|s|sec|seconds?|minutes?)\b/,
  /\b\d+(\.\d+)?x\s+(faster|slower|more|less|quicker)\b/i,
  /~\d+(\.\d+)?x\b/,
];

/** Source files below a folder; fixture road maps are data, not code. */
function listSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "fixtures" ? [] : listSources(path);
    return /\.(tsx?|mjs|mts)$/.test(entry.name) ? [path] : [];
  });
}

/** Each comment line of a file, with its line number and code spans removed. */
function commentLines(text: string): { line: number; comment: string }[] {
  const found: { line: number; comment: string }[] = [];
  let inBlock = false;
  text.split("\n").forEach((source, index) => {
    const trimmed = source.trim();
    let comment: string | undefined;
    if (inBlock || trimmed.startsWith("/*")) {
      comment = trimmed;
      inBlock = !trimmed.includes("*/") || (trimmed.startsWith("/*") && trimmed.indexOf("*/") < 2);
    } else if (trimmed.startsWith("//")) comment = trimmed;
    else {
      const trailing = source.indexOf(" // ");
      if (trailing !== -1 && !/["'`]/.test(source.slice(0, trailing))) comment = source.slice(trailing);
    }
    if (comment !== undefined) found.push({ line: index + 1, comment: comment.replace(/`[^`]*`/g, "``") });
  });
  return found;
}

const comments = ["src", "test", "scripts"]
  .flatMap((folder) => listSources(join(ROOT, folder)))
  .flatMap((file) =>
    commentLines(readFileSync(file, "utf8")).map((c) => ({
      ...c,
      where: `${relative(ROOT, file)}:${c.line}`,
    })),
  );

describe("comments in src/, test/ and scripts/", () => {
  test("there are comments to check (the reader finds them)", () => {
    expect(comments.length).toBeGreaterThan(1000);
    expect(commentLines("const a = 1; // why\n/**\n * more\n */\n").map((c) => c.line)).toEqual([1, 2, 3, 4]);
  });

  test("the patterns catch what the rule is about", () => {
    const caught = (comment: string, patterns: RegExp[]): boolean => patterns.some((p) => p.test(comment));
    for (const comment of [
      "// (SPEC 4)",
      "// see ../shared/STYLE.md",
      "// PERF-NOTES",
      "// (issue 13, item 2)",
    ])
      expect(caught(comment, OUTSIDE)).toBe(true);
    for (const comment of ["// 14-45 ms each", "// ~2.3x faster", "// takes 1.2 s", "// ~6x more"])
      expect(caught(comment, TIMING)).toBe(true);
    expect(caught("// docs/format.md, `2026-01-01`, 5,000 files", [...OUTSIDE, ...TIMING])).toBe(false);
  });

  test("cite no document outside the repository and no issue number", () => {
    const offending = comments.filter((c) => OUTSIDE.some((pattern) => pattern.test(c.comment)));
    expect(offending.map((c) => `${c.where}: ${c.comment}`)).toEqual([]);
  });

  test("carry no timing figures", () => {
    const offending = comments.filter((c) => TIMING.some((pattern) => pattern.test(c.comment)));
    expect(offending.map((c) => `${c.where}: ${c.comment}`)).toEqual([]);
  });

  test("cite documents of this repository that exist", () => {
    const cited = new Set(
      comments.flatMap((c) => c.comment.match(/\b(docs\/[\w./-]+\.md|bench\/README\.md)/g) ?? []),
    );
    expect(cited.size).toBeGreaterThan(10);
    expect([...cited].filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });

  test('the figures they point to in bench/README.md ("Figures behind the code") name files that exist', () => {
    const readme = readFileSync(join(ROOT, "bench/README.md"), "utf8");
    const section = readme.split("\n## Figures behind the code\n")[1]?.split("\n## ")[0] ?? "";
    const files = [...section.matchAll(/`([\w/-]+\.(?:ts|mjs))`/g)].map((match) => match[1]!);
    expect(files.length).toBeGreaterThan(10);
    expect(
      files.filter((file) => !existsSync(join(ROOT, "src", file)) && !existsSync(join(ROOT, file))),
    ).toEqual([]);
  });
});
