// Property: whatever bytes a road-map file holds, loading and validating it returns findings
// with positions and never throws. Inputs are real files (corpus and fixtures) mutated the way
// editors and merges break YAML: bytes, lines, indentation, keys, aliases, tags, documents.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { rawControlIn } from "../../test/raw-controls.js";
import { CORPUS } from "../../test/run-cli.js";
import { formatDiagnosticsText } from "../diagnostics/format-text.js";
import { locateFindings } from "../diagnostics/locate.js";
import type { SourceFile } from "../parse/source-files.js";
import { plainPaint } from "../util/paint.js";
import { validateSources } from "./validate-roadmap.js";

const KUBERNETES = `${CORPUS}kubernetes/`;
const FIXTURES = fileURLToPath(new URL("../../test/fixtures/", import.meta.url));

const seeds: string[] = [
  ...["mission.yaml", "themes/sig-network.yaml", "milestones/v1-34.yaml"].map((file) =>
    join(KUBERNETES, file),
  ),
  ...readdirSync(join(KUBERNETES, "epics"))
    .slice(0, 12)
    .map((file) => join(KUBERNETES, "epics", file)),
  ...["clean/epics/growth/sso.yaml", "clean/themes/platform.yaml", "clean/milestones/2026-q2.yaml"].map(
    (file) => join(FIXTURES, "validate", file),
  ),
  ...readdirSync(join(FIXTURES, "bad-input/files"))
    .filter((file) => file !== "alias-bomb.yaml")
    .map((file) => join(FIXTURES, "bad-input/files", file)),
].map((path) => readFileSync(path, "latin1"));

const KEYS = [
  "title",
  "theme",
  "milestone",
  "depends_on",
  "stories",
  "id",
  "__proto__",
  "constructor",
  "toString",
  "<<",
  "hasOwnProperty",
  "end",
  "start",
  "status",
  "points",
];
const SNIPPETS = [
  "&a ",
  "*a",
  "*b",
  "&b [*a, *a, *a]",
  "!custom ",
  "!!binary ",
  "!!str ",
  "!!int ",
  "---\n",
  "...\n",
  "? ",
  "- ",
  ": ",
  "{",
  "}",
  "[",
  "]",
  '"',
  "'",
  "#",
  "|\n",
  ">-\n",
  "\t",
  "%YAML 1.1\n",
  "\u0000",
  "\uFEFF",
  "\r\n",
  "é",
  "😀",
  "2026-02-30",
  "-1",
  "1e999",
  ".nan",
  "~",
  "null",
  "yes",
  // Escape sequences and controls, raw and as YAML escapes: diagnostics must show them escaped.
  "\u001b[2J",
  "\u001b]0;owned\u0007",
  "\u009b31m",
  '"\\e[2J\\a\\x9b\\N"',
];

type Mutation = (text: string) => string;

const position = fc.nat();
const lineOps: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(position, fc.string({ unit: "binary", maxLength: 8 })).map(
    ([at, insert]): Mutation =>
      (text) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i);
      },
  ),
  fc.tuple(position, fc.integer({ min: 1, max: 20 })).map(
    ([at, length]): Mutation =>
      (text) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + text.slice(i + length);
      },
  ),
  fc.tuple(position, fc.constantFrom(...SNIPPETS)).map(
    ([at, snippet]): Mutation =>
      (text) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + snippet + text.slice(i);
      },
  ),
  fc.tuple(position, fc.integer({ min: -4, max: 4 })).map(
    ([at, shift]): Mutation =>
      (text) =>
        withLine(text, at, (line) => (shift >= 0 ? " ".repeat(shift) + line : line.slice(-shift))),
  ),
  fc
    .tuple(
      position,
      fc.constantFrom(...KEYS),
      fc.constantFrom("x", "[a, b]", "{id: a}", "*a", "&a v", "", "1"),
    )
    .map(
      ([at, key, value]): Mutation =>
        (text) =>
          insertLine(text, at, `${key}: ${value}`),
    ),
  position.map(
    (at): Mutation =>
      (text) =>
        withLine(text, at, (line) => `${line}\n${line}`),
  ),
  position.map(
    (at): Mutation =>
      (text) =>
        withLine(text, at, () => ""),
  ),
);

function splitLines(text: string): string[] {
  return text.split("\n");
}

function withLine(text: string, at: number, change: (line: string) => string): string {
  const lines = splitLines(text);
  const i = at % lines.length;
  lines[i] = change(lines[i]!);
  return lines.join("\n");
}

function insertLine(text: string, at: number, line: string): string {
  const lines = splitLines(text);
  lines.splice(at % (lines.length + 1), 0, line);
  return lines.join("\n");
}

const KINDS = [
  "mission.yaml",
  "themes/t.yaml",
  "milestones/m.yaml",
  "epics/e.yaml",
  "epics/sub/Bad_Id.yaml",
  "epics/\u001b[2J\n.yaml",
  "roadmap.config.yaml",
];

const mutatedFile = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(lineOps, { minLength: 1, maxLength: 6 }),
    fc.constantFrom(...KINDS),
    fc.boolean(),
  )
  .map(([seed, mutations, path, asLatin1]) => {
    const text = mutations.reduce((current, mutate) => mutate(current), seed);
    const bytes = asLatin1 ? new Uint8Array(Buffer.from(text, "latin1")) : new TextEncoder().encode(text);
    return { path, bytes };
  });

function checkValidates(files: SourceFile[]): void {
  const result = validateSources({ files, findings: [], hasMission: true });
  expect(Array.isArray(result.findings)).toBe(true);
  const diagnostics = locateFindings(result.findings, result.textOf);
  for (const diagnostic of diagnostics) {
    expect(Number.isInteger(diagnostic.line) && diagnostic.line >= 0).toBe(true);
    expect(Number.isInteger(diagnostic.column) && diagnostic.column >= 0).toBe(true);
    expect(diagnostic.message).not.toBe("");
    // "could not read YAML" comes from the last line of defence: an exception nobody expected.
    expect(diagnostic.message).not.toMatch(/^could not read YAML/);
  }
  // The findings must be plain data: a cyclic value leaking into a message would throw here.
  JSON.stringify(diagnostics);
  // And their text is terminal-safe: one line each, no raw ESC, BEL or C1 (docs/guarantees.md, "Output").
  const text = formatDiagnosticsText(diagnostics, { paint: plainPaint, folder: "" });
  expect(rawControlIn(text)).toBeUndefined();
  expect(text.split("\n")).toHaveLength(diagnostics.length + 2);
}

describe("validateSources never throws", () => {
  test("on mutated real files, alone or beside each other", () => {
    fc.assert(
      fc.property(fc.array(mutatedFile, { minLength: 1, maxLength: 4 }), (files) => {
        const unique = [...new Map(files.map((file) => [file.path, file])).values()];
        checkValidates(unique);
      }),
      { numRuns: 600 },
    );
  });

  test("on random text and random bytes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 300 }).map((text) => new TextEncoder().encode(text)),
          fc.uint8Array({ maxLength: 300 }),
        ),
        fc.constantFrom(...KINDS),
        (bytes, path) => checkValidates([{ path, bytes }]),
      ),
      { numRuns: 400 },
    );
  });

  test("and nothing pollutes Object.prototype along the way", () => {
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("polluted");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe("zod's generated checks (road maps of 200 files or more) and its interpreted ones", () => {
  test("find the same problems in the same files", () => {
    const folders = ["themes", "milestones", "epics"];
    const files = fc
      .sample(mutatedFile, { numRuns: 300, seed: 42 })
      .map((file, i) => ({ path: `${folders[i % 3]}/item-${i}.yaml`, bytes: file.bytes }));
    const sorted = (findings: unknown[]) => findings.map((finding) => JSON.stringify(finding)).sort();
    const together = validateSources({ files, findings: [], hasMission: true }, { fileChecksOnly: true });
    const alone = files.flatMap(
      (file) =>
        validateSources({ files: [file], findings: [], hasMission: true }, { fileChecksOnly: true }).findings,
    );
    expect(together.findings.length).toBeGreaterThan(100);
    expect(sorted(together.findings)).toEqual(sorted(alone));
  });
});
