import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import jsYaml from "js-yaml";
import { describe, expect, test } from "vitest";
import { CORPUS } from "../../test/run-cli.js";
import { classifyPath } from "../model/layout.js";
import { formatFile } from "./format-file.js";
import type { FormatKind } from "./key-order.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function format(text: string, kind: FormatKind = "epic"): string {
  const result = formatFile("epics/x.yaml", kind, encode(text));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.text;
}

describe("formatFile", () => {
  test.each([
    [
      "orders top-level keys as docs/format.md lists them",
      "theme: a\ntitle: T\nid: x\n",
      "id: x\ntitle: T\ntheme: a\n",
    ],
    [
      "orders story keys and keeps stories last",
      "stories:\n  - status: done\n    title: S\n    id: s\ntitle: T\ntheme: a\n",
      "title: T\ntheme: a\nstories:\n  - id: s\n    title: S\n    status: done\n",
    ],
    [
      "orders score, outcome and requested_by",
      "title: T\ntheme: a\nscore: {effort: 1, reach: 2, impact: 1, confidence: 0.5}\noutcome:\n  actual: 1\n  metric: m\n  target: 2\nrequested_by:\n  - name: Acme\n    source: customer\n",
      "title: T\ntheme: a\nrequested_by:\n  - source: customer\n    name: Acme\nscore:\n  reach: 2\n  impact: 1\n  confidence: 0.5\n  effort: 1\noutcome:\n  metric: m\n  target: 2\n  actual: 1\n",
    ],
    [
      "keeps unknown keys after the known ones, in their order",
      "zeta: 1\ntitle: T\nalpha: 2\ntheme: a\n",
      "title: T\ntheme: a\nzeta: 1\nalpha: 2\n",
    ],
    [
      "re-indents to two spaces with indented lists",
      "title: T\ntheme: a\nlabels:\n- x\n- y\nstories:\n-   id: s\n    title: S\n",
      "title: T\ntheme: a\nlabels:\n  - x\n  - y\nstories:\n  - id: s\n    title: S\n",
    ],
    [
      "keeps a short inline list of scalars",
      "title: T\ntheme: a\nlabels: [ x,  y ]\n",
      "title: T\ntheme: a\nlabels: [x, y]\n",
    ],
    [
      "turns a long inline list into a block list",
      `title: T\ntheme: a\nlabels: [${"abcdefghij, ".repeat(6)}z]\n`,
      `title: T\ntheme: a\nlabels:\n${"  - abcdefghij\n".repeat(6)}  - z\n`,
    ],
    [
      "turns inline mappings and lists of mappings into blocks",
      "title: T\ntheme: a\nstories: [{title: S, id: s}]\n",
      "title: T\ntheme: a\nstories:\n  - id: s\n    title: S\n",
    ],
    [
      "keeps quoting and block scalars as written",
      "theme: 'a'\ntitle: \"T: x\"\ndescription: |\n  line one\n  line two\n",
      "title: \"T: x\"\ntheme: 'a'\ndescription: |\n  line one\n  line two\n",
    ],
    [
      "never folds long lines",
      `title: ${"word ".repeat(40).trim()}\ntheme: a\n`,
      `title: ${"word ".repeat(40).trim()}\ntheme: a\n`,
    ],
  ])("%s", (_name, input, expected) => {
    expect(format(input)).toBe(expected);
  });

  test.each([
    [
      "a comment above a key moves with the key, a trailing comment with its value",
      "theme: a # the owning theme\n# what it is\ntitle: T\n",
      "# what it is\ntitle: T\ntheme: a # the owning theme\n",
    ],
    [
      "a header separated by a blank line stays at the top",
      "# Source: somewhere\n\ntheme: a\ntitle: T\n",
      "# Source: somewhere\n\ntitle: T\ntheme: a\n",
    ],
    [
      "a header and a key comment are told apart by the blank line",
      "# header\n\n# about the theme\ntheme: a\ntitle: T\n",
      "# header\n\ntitle: T\n# about the theme\ntheme: a\n",
    ],
    [
      "a comment at the top of a nested mapping goes with its first key",
      "title: T\ntheme: a\nscore:\n  # a guess\n  effort: 3\n  reach: 1\n  impact: 1\n  confidence: 1\n",
      "title: T\ntheme: a\nscore:\n  reach: 1\n  impact: 1\n  confidence: 1\n  # a guess\n  effort: 3\n",
    ],
    [
      "a comment above a story stays above it",
      "title: T\ntheme: a\nstories:\n  # the first one\n  - title: S\n    id: s\n",
      "title: T\ntheme: a\nstories:\n  # the first one\n  - id: s\n    title: S\n",
    ],
    [
      "a comment at column 0 above a key belongs to that key",
      "labels:\n  - x\n# about the title\ntitle: T\ntheme: a\n",
      "# about the title\ntitle: T\ntheme: a\nlabels:\n  - x\n",
    ],
    [
      "the comment closing the file stays at the end when the last list moves up",
      "title: T\ntheme: a\nstories:\n  - id: s\n    title: S\nlabels:\n  - x\n# the very end\n",
      "title: T\ntheme: a\nlabels:\n  - x\nstories:\n  - id: s\n    title: S\n\n# the very end\n",
    ],
    [
      "blank lines travel with the key below them, never at the start",
      "theme: a\n\ntitle: T\n\nstatus: done\n",
      "title: T\ntheme: a\n\nstatus: done\n",
    ],
  ])("%s", (_name, input, expected) => {
    expect(format(input)).toBe(expected);
    expect(format(expected)).toBe(expected);
  });

  test.each([
    ["mission", "mission: M\nname: N\nowner: O\n", "name: N\nmission: M\nowner: O\n"],
    [
      "theme",
      "goals:\n  - target: 5\n    metric: m\nstatus: active\ntitle: T\n",
      "title: T\nstatus: active\ngoals:\n  - metric: m\n    target: 5\n",
    ],
    [
      "milestone",
      "end: 2026-03-31\nstart: 2026-01-01\ntitle: T\n",
      "title: T\nstart: 2026-01-01\nend: 2026-03-31\n",
    ],
    [
      "config",
      "rules:\n    b: off\n    a: [warn, {max: 1}]\n",
      "rules:\n  b: off\n  a:\n    - warn\n    - max: 1\n",
    ],
  ] as [FormatKind, string, string][])("%s files", (kind, input, expected) => {
    expect(format(input, kind)).toBe(expected);
  });

  test("reports whether the text changed", () => {
    const same = formatFile("epics/x.yaml", "epic", encode("title: T\ntheme: a\n"));
    const moved = formatFile("epics/x.yaml", "epic", encode("theme: a\ntitle: T\n"));
    const bom = formatFile("epics/x.yaml", "epic", encode("\uFEFFtitle: T\ntheme: a\n"));
    expect([same, moved, bom].map((result) => result.ok && result.changed)).toEqual([false, true, true]);
  });

  test.each([
    ["an empty file", ""],
    ["a file of comments", "# nothing yet\n"],
  ])("leaves %s alone", (_name, input) => {
    expect(formatFile("epics/x.yaml", "epic", encode(input))).toEqual({
      ok: true,
      text: input,
      changed: false,
    });
  });

  test.each([
    ["a syntax error", "title: T\n  theme: [a\n", "yaml-syntax"],
    ["a duplicate key", "title: T\ntitle: U\n", "duplicate-key"],
    ["two documents", "title: T\n---\ntitle: U\n", "yaml-syntax"],
    ["binary bytes", "title: \u0000\n", "yaml-syntax"],
    [
      "an alias that reordering would move above its anchor",
      "description: &d Same\ntitle: *d\ntheme: a\n",
      "fmt-unsafe",
    ],
  ])("refuses %s with a positioned finding", (_name, input, rule) => {
    const result = formatFile("epics/x.yaml", "epic", encode(input));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.findings[0]).toMatchObject({ file: "epics/x.yaml", rule, severity: "error" });
      expect(result.findings[0]!.position).toBeDefined();
    }
  });
});

describe("on the Kubernetes corpus", () => {
  const root = `${CORPUS}kubernetes`;
  const files = listFiles(root);

  test("formatting is idempotent and keeps every value", () => {
    expect(files.length).toBeGreaterThan(600);
    for (const path of files) {
      const rel = relative(root, path);
      const kind = classifyPath(rel) as FormatKind;
      const original = readFileSync(path, "utf8");
      const once = format(original, kind);
      expect(format(once, kind), rel).toBe(once);
      expect(jsYaml.load(once, { schema: jsYaml.CORE_SCHEMA }), rel).toEqual(
        jsYaml.load(original, { schema: jsYaml.CORE_SCHEMA }),
      );
      expect(once.match(/^# Source: .*$/m)?.[0], rel).toBe(original.match(/^# Source: .*$/m)?.[0]);
    }
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
