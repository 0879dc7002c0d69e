// The fast scanner must agree with the full `yaml` Locator wherever it answers, and answer
// for the ordinary road-map file. Checked on every key and value of every file of the corpus,
// the fixtures, and on hand-written files with the constructs it must refuse.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import jsYaml from "js-yaml";
import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { CORPUS } from "../../test/run-cli.js";
import type { DataPath } from "./diagnostic.js";
import { Locator } from "./locate.js";
import { BlockScanner } from "./scan-block-path.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function listYaml(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) return listYaml(path);
    return /\.ya?ml$/.test(name) && stat?.isFile() ? [path] : [];
  });
}

/** Every path to every value in the document, as js-yaml (the read path) names them. */
function listPaths(value: unknown, prefix: DataPath = []): DataPath[] {
  const paths: DataPath[] = prefix.length > 0 ? [prefix] : [];
  // The bad-input fixtures nest deep on purpose; road-map data is a few levels deep.
  if (prefix.length >= 8) return paths;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      paths.push(...listPaths(item, [...prefix, i]));
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...listPaths(item, [...prefix, key]));
  }
  return paths;
}

/** Compares scanner and Locator on every path of a text; returns how many the scanner answered. */
function compareAll(text: string, label: string): { answered: number; total: number } {
  let value: unknown;
  try {
    value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return { answered: 0, total: 0 };
  }
  const scanner = new BlockScanner(text);
  const locator = new Locator(text);
  let answered = 0;
  let total = 0;
  for (const path of listPaths(value)) {
    for (const at of ["key", "value"] as const) {
      total++;
      const fast = scanner.locate(path, at);
      if (fast === undefined) continue;
      answered++;
      expect({ label, path, at, position: fast }).toEqual({
        label,
        path,
        at,
        position: locator.locate(path, at),
      });
    }
  }
  return { answered, total };
}

test.each([
  ["the Kubernetes corpus", `${CORPUS}kubernetes`],
  ["the test fixtures", join(ROOT, "test/fixtures")],
  ["the example road map", join(ROOT, "examples")],
])("agrees with Locator on every node of %s, and answers for nearly all", (_name, dir) => {
  let answered = 0;
  let total = 0;
  for (const file of listYaml(dir)) {
    const text = readFileSync(file, "utf8");
    // Alias bombs (bad-input fixtures) expand to millions of paths; the hand-written cases
    // cover anchors and aliases.
    if (text.includes("*") && text.includes("&")) continue;
    const counts = compareAll(text, file);
    answered += counts.answered;
    total += counts.total;
  }
  if (total > 0) expect(answered / total).toBeGreaterThan(0.9);
});

describe("hand-written cases", () => {
  const cases: [string, string][] = [
    [
      "comments and blank lines",
      "# head\n\ntitle: A # trailing\n\n# between\nstories:\n  # before item\n  - id: a\n\n    title: B\n",
    ],
    ["a sequence at the key's indentation", "depends_on:\n- a\n- b\ntitle: T\n"],
    ["nested sequences", "matrix:\n  - - 1\n    - 2\n  -\n    - 3\n"],
    ["flow collections", "labels: [a, b]\nscore: {reach: 1, impact: 2}\nstories:\n  - {id: a, title: b}\n"],
    ["quoted keys and values", '"title": "A: b"\n\'owner\': x\nname: "q"\n'],
    [
      "block scalars that look like keys",
      "description: |\n  title: not a key\n  - not an item\ntitle: real\n",
    ],
    ["folded scalar in a story", "stories:\n  - id: a\n    title: >\n      id: fake\n    points: 3\n"],
    ["multi-line plain scalars", "title: a long\n  title on two lines\nowner: me\n"],
    ["empty values", "outcome:\ntitle: T\nstories:\n  -\n  - id: b\n"],
    ["a comment after the key", "outcome: # soon\n  metric: m\n"],
    ["anchors and aliases", "base: &b\n  x: 1\ncopy: *b\ntitle: &t T\n"],
    ["tags", "title: !!str 12\nlist: !!seq\n  - a\n"],
    ["a document marker", "---\ntitle: T\nstories:\n  - id: a\n"],
    ["CRLF line ends", "title: T\r\nstories:\r\n  - id: a\r\n    points: 2\r\n"],
    ["numeric-looking keys", "1.0: a\n010: b\ntrue: c\n~: d\n"],
    [
      "deep indentation",
      "stories:\n      - id: a\n        acceptance:\n            - one\n            - two\n",
    ],
    ["explicit keys", "? complex\n: value\ntitle: T\n"],
  ];
  test.each(cases)("%s", (label, text) => {
    compareAll(text, label);
  });

  test("refuses what it does not follow rather than guessing", () => {
    expect(new BlockScanner("labels: [a, b]\n").locate(["labels", 0], "key")).toBeUndefined();
    expect(new BlockScanner("---\ntitle: T\n").locate(["title"], "key")).toBeUndefined();
    expect(new BlockScanner("title: T\n").locate(["missing"], "key")).toBeUndefined();
    expect(new BlockScanner("title: T\n").locate([], "key")).toBeUndefined();
  });

  test("answers the ordinary cases", () => {
    const scanner = new BlockScanner("title: T\nstories:\n  - id: a\n    points: 3\n");
    expect(scanner.locate(["stories", 0, "points"], "value")).toEqual({ line: 4, column: 13 });
    expect(scanner.locate(["stories", 0], "key")).toEqual({ line: 3, column: 5 });
    expect(scanner.locate(["stories"], "value")).toEqual({ line: 3, column: 3 });
  });
});

test("agrees with Locator on random documents as yaml and js-yaml write them", () => {
  const key = fc.constantFrom("id", "title", "stories", "a b", "x-y", "points", "1", "true", "k:v", "#k");
  const scalar = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      "multi\nline",
      "a: b",
      "- x",
      "# not a comment",
      "  padded  ",
      "[x]",
      "{y}",
      "'q'",
      '"d"',
    ),
  );
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ maxDepth: 4 }, scalar, tie("list"), tie("map")),
    list: fc.array(tie("tree"), { maxLength: 4 }),
    map: fc.dictionary(key, tie("tree"), { maxKeys: 4 }),
  }));
  const document = fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 });
  fc.assert(
    fc.property(document, fc.boolean(), (value, useJsYaml) => {
      const text = useJsYaml ? jsYaml.dump(value, { schema: jsYaml.CORE_SCHEMA }) : stringify(value);
      compareAll(text, text);
    }),
    { numRuns: 300 },
  );
});
