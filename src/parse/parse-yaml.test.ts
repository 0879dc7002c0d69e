import { describe, expect, test } from "vitest";
import { MAX_ALIAS_EXPANSION, MAX_FILE_BYTES, parseYamlFile, parseYamlText } from "./parse-yaml.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** `line:column rule message` of each finding, for compact expectations. */
function describeFindings(text: string): string[] {
  return parseYamlText("f.yaml", text).findings.map(
    (f) => `${f.position?.line}:${f.position?.column} ${f.rule} ${f.message}`,
  );
}

describe("parseYamlText: syntax problems are positioned and worded for people", () => {
  test.each([
    [
      "duplicate key points at the second occurrence",
      "title: a\ntheme: t\ntitle: b\n",
      "3:1 duplicate-key",
      'key "title" appears twice in this mapping (first on line 1)',
    ],
    ["duplicate quoted key", 'a: 1\n"a": 2\n', "2:1 duplicate-key", 'key "a" appears twice'],
    [
      "duplicate key in a nested mapping",
      "score:\n  reach: 1\n  reach: 2\n",
      "3:3 duplicate-key",
      'key "reach" appears twice',
    ],
    [
      "second document",
      "title: a\n---\ntitle: b\n",
      "2:1 yaml-syntax",
      "a road-map file holds one YAML document; found a second at line 2",
    ],
    [
      "document end marker then more",
      "title: a\n...\ntitle: b\n",
      "3:1 yaml-syntax",
      "found a second at line 3",
    ],
    ["custom tag points at the tag", "title: !custom x\n", "1:8 yaml-syntax", 'unknown tag "!custom"'],
    [
      "js-yaml-only tag (!!binary)",
      "a: 1\ntitle: !!binary aGk=\n",
      "2:8 yaml-syntax",
      'unknown tag "!!binary"',
    ],
    ["alias without anchor", "theme: *growth\n", "1:8 yaml-syntax", "alias *growth refers to no anchor"],
    [
      "unclosed list points at its [",
      "title: x\nlabels: [a, b\nstatus: planned\n",
      "2:9 yaml-syntax",
      'unclosed list: this "[" has no matching "]"',
    ],
    [
      "unclosed mapping points at its {",
      "score: {reach: 1\ntitle: x\n",
      "1:8 yaml-syntax",
      'unclosed mapping: this "{"',
    ],
    [
      "unclosed string points at its quote",
      'title: "abc\ntheme: t\n',
      "1:8 yaml-syntax",
      'unclosed string: this " has no closing "',
    ],
    ["NUL byte on line 2", "title: x\nowner: a\u0000b\n", "2:9 yaml-syntax", "holds a NUL byte"],
    ["tab indentation", "a:\n\tb: 1\n", "2:1 yaml-syntax", "this file is indented with tabs (line 2)"],
    [
      "reserved character",
      "title: @me\n",
      "1:8 yaml-syntax",
      'a value cannot start with @ in YAML (the character is reserved); put the value in quotes: title: "@me"',
    ],
    [
      "colon in a plain value",
      "title: Auth: phase 2\n",
      "1:8 yaml-syntax",
      'a plain value cannot contain ": "',
    ],
    ["missing colon", "title Auth\ntheme: t\n", "1:1 yaml-syntax", 'expected "key: value" here'],
    [
      "deep nesting",
      `a: ${"[".repeat(5000)}${"]".repeat(5000)}\n`,
      "1:103 yaml-syntax",
      "nesting is deeper than 100 levels",
    ],
  ])("%s", (_name, text, where, message) => {
    const findings = describeFindings(text);
    expect(findings[0]).toContain(where);
    expect(findings[0]).toContain(message);
    expect(parseYamlText("f.yaml", text).ok).toBe(false);
  });

  test("yaml's raw wording and code frames never reach the user", () => {
    for (const text of ["title: [a\n", "a: 1\n---\nb: 2\n", 'title: "x\n', "a:\n\tb: 1\n"]) {
      for (const line of describeFindings(text)) {
        expect(line).not.toMatch(/parseAllDocuments|at line \d+, column|\n|\^/);
      }
    }
  });

  test("deep nesting after an earlier error: both reported, `yaml` never asked (it takes seconds)", () => {
    const text = `a: 1\na: 2\nb: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`;
    expect(describeFindings(text)).toEqual([
      "2:1 duplicate-key a key appears twice in this mapping",
      "3:104 yaml-syntax nesting is deeper than 100 levels; road-map files are a few levels deep",
    ]);
  });

  test("a parser that lost its way reports its first error, not one per following line", () => {
    expect(describeFindings("# comment\n\n  title: x\ntheme: t\nstatus: done\nowner: a\n")).toHaveLength(1);
  });

  test("a cascade of errors on one line is reported once", () => {
    expect(describeFindings("- a\nb: c\n")).toHaveLength(1);
  });
});

describe("parseYamlText: the common mistakes get plain words and the fix", () => {
  test.each([
    [
      "an inner quote in a double-quoted value",
      'title: "Add a "Pay now" button"\n',
      "1:8",
      `the value's quotes end at the second " (before "Pay"), and YAML cannot read what follows; a value that holds double quotes goes in single quotes (or write each inner quote as \\"): title: 'Add a "Pay now" button'`,
    ],
    [
      "an apostrophe in single quotes",
      "theme: t\ntitle: 'Don't block checkout'\n",
      "2:8",
      `the apostrophe in "Don't" ends the single-quoted value; write it twice ('') inside single quotes, or put the value in double quotes: title: "Don't block checkout"`,
    ],
    [
      "a value starting with *",
      "title: *bold* plan\n",
      "1:8",
      'a value starting with * is read as a reference to an anchor (*name), not as text; put the value in quotes: title: "*bold* plan"',
    ],
    [
      "a value starting with &",
      "title: & more\n",
      "1:8",
      'a value starting with & is read as an anchor name, not as text; put the value in quotes: title: "& more"',
    ],
    [
      "a value starting with `",
      "title: `code` freeze\n",
      "1:8",
      'a value cannot start with ` in YAML (the character is reserved); put the value in quotes: title: "`code` freeze"',
    ],
    [
      "a value starting with %, nested",
      "outcome:\n  metric: conversion\n  target: %5 more\n",
      "3:11",
      'a value cannot start with % in YAML (it starts a directive); put the value in quotes: target: "%5 more"',
    ],
    [
      "a list item starting with @",
      "labels:\n  - @team\n",
      "2:5",
      'a value cannot start with @ in YAML (the character is reserved); put the value in quotes: - "@team"',
    ],
  ])("%s", (_name, text, where, message) => {
    expect(describeFindings(text)).toEqual([`${where} yaml-syntax ${message}`]);
  });

  test("an alias-like value with no anchor also says how to write it as text", () => {
    expect(describeFindings("title: *bold\n")[0]).toContain(
      "If it is meant as text: a value starting with * is read",
    );
  });

  test("tabs: one message per file naming the lines, and no false duplicate-key", () => {
    const stories = "title: Plan\nstories:\n\t- id: a\n\t  title: A\n\t- id: b\n\t  title: B\n";
    expect(describeFindings(stories)).toEqual([
      "3:1 yaml-syntax this file is indented with tabs (lines 3, 4, 5, 6); YAML indents with spaces only: replace the tabs with spaces (most editors can convert indentation)",
    ]);
    const keys = `a: 1\n${Array.from({ length: 10 }, (_, i) => `\tk${i}: ${i}\n`).join("")}`;
    expect(describeFindings(keys)).toEqual([
      expect.stringMatching(
        /^2:1 yaml-syntax this file is indented with tabs \(lines 2, 3, 4, 5, 6 and 5 more\)/,
      ),
    ]);
  });

  test.each([
    "title: [a\n",
    "title: x\n  - y\n",
    'title: "a\\qb"\n',
    "- a\nb: c\n",
    "a: b: c: d\n",
    "title: x\n  owner: y\n",
    "key: |x\n  a\n",
    "? a\n: b\n: c\n",
    "a: 'x' y\n",
    "a: {b: 1, c}\n",
  ])("%j: a parser's wording never reaches the user alone", (text) => {
    for (const line of describeFindings(text)) {
      const message = line.split(" ").slice(2).join(" ");
      expect(message).not.toMatch(
        /^(unexpected|missing|implicit|nested|all (sequence|mapping)|flow|block|map|sequence|comment|tags|a (block|flow))/i,
      );
    }
  });
});

describe("parseYamlText: aliases", () => {
  const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
  for (const name of ["b", "c", "d", "e", "f"]) {
    const previous = bomb.at(-1)!.split(":")[0];
    bomb.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(", ")}]`);
  }

  test("an alias bomb is refused, pointing at the first alias", () => {
    const result = parseYamlText("f.yaml", `${bomb.join("\n")}\n`);
    expect(result.ok).toBe(false);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      rule: "yaml-syntax",
      position: { line: 2, column: 8 },
      message: expect.stringContaining(`more than ${MAX_ALIAS_EXPANSION} values`),
    });
  });

  test("the same bomb one level smaller is below the limit and reads", () => {
    expect(parseYamlText("f.yaml", `${bomb.slice(0, 4).join("\n")}\n`).ok).toBe(true);
  });

  test("ordinary aliases read as copies of the value", () => {
    const result = parseYamlText("f.yaml", "id: &id auth\ntitle: *id\nlabels: &l [a, b]\nmore: *l\n");
    expect(result.ok).toBe(true);
    expect(result.value).toEqual({ id: "auth", title: "auth", labels: ["a", "b"], more: ["a", "b"] });
  });

  test("an alias inside the value it names is refused, not returned as a cyclic value", () => {
    const result = parseYamlText("f.yaml", "title: x\nlabels: &l [a, *l]\n");
    expect(result.ok).toBe(false);
    expect(result.findings[0]).toMatchObject({ position: { line: 2, column: 16 } });
    expect(result.findings[0]!.message).toContain("infinite");
  });

  test("stars and ampersands in text are not mistaken for aliases", () => {
    const text = `description: "**R&D** & *sales*"\nlist: [${Array(200_000).fill("x").join(",")}]\n`;
    expect(parseYamlText("f.yaml", text).ok).toBe(true);
  });
});

describe("parseYamlText: special keys", () => {
  test("__proto__ and constructor are plain own keys and pollute nothing", () => {
    const result = parseYamlText("f.yaml", "__proto__: {polluted: true}\nconstructor: {prototype: {x: 1}}\n");
    expect(result.ok).toBe(true);
    const value = result.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(["__proto__", "constructor"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("parseYamlFile: bytes that are not YAML text", () => {
  test.each([
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), "0:0", "binary"],
    ["UTF-16", new Uint8Array([0xff, 0xfe, 0x74, 0, 0x3a, 0]), "0:0", "UTF-16"],
    [
      "Latin-1 on line 2",
      new Uint8Array([...encode("title: a\nowner: Ren"), 0xe9, 0x0a]),
      "2:11",
      "not valid UTF-8",
    ],
    ["over the size limit", encode(`a: "${"x".repeat(MAX_FILE_BYTES)}"\n`), "0:0", "limited to 10 MiB"],
  ])("%s", (_name, bytes, where, message) => {
    const result = parseYamlFile("f.yaml", bytes);
    expect(result.ok).toBe(false);
    const finding = result.findings[0]!;
    expect(`${finding.position?.line}:${finding.position?.column}`).toBe(where);
    expect(finding.message).toContain(message);
  });

  test("a UTF-8 byte-order mark is accepted", () => {
    const result = parseYamlFile("f.yaml", new Uint8Array([0xef, 0xbb, 0xbf, ...encode("title: a\n")]));
    expect(result.value).toEqual({ title: "a" });
  });

  test("an empty file is an empty document, not an error here", () => {
    expect(parseYamlFile("f.yaml", new Uint8Array())).toMatchObject({ ok: true, value: null });
  });
});
