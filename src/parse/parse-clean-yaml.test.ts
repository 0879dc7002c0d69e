import { describe, expect, test } from "vitest";
import { parseCleanYaml } from "./parse-clean-yaml.js";
import { MAX_FILE_BYTES } from "./parse-yaml.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("parseCleanYaml: what a worker may parse alone", () => {
  test.each([
    ["title: A\npoints: 3\n", { title: "A", points: 3 }],
    ["\uFEFFtitle: BOM\n", { title: "BOM" }],
    ["", null],
    ["# only a comment\n", null],
    ["start: 2026-01-01\n", { start: "2026-01-01" }],
    ["__proto__: {x: 1}\n", JSON.parse('{"__proto__": {"x": 1}}')],
  ])("%j parses to the value js-yaml gives", (text, value) => {
    expect(parseCleanYaml(bytes(text))).toEqual({ value });
  });

  test.each([
    ["a syntax error", bytes("title: [unclosed\n")],
    ["a duplicate key", bytes("title: a\ntitle: b\n")],
    ["an alias", bytes("a: &x 1\nb: *x\n")],
    ["NaN", bytes("points: .nan\n")],
    ["an infinity", bytes("reach: .inf\n")],
    ["minus infinity", bytes("reach: -.inf\n")],
    ["minus zero", bytes("points: -0.0\n")],
    ["Latin-1 bytes", new Uint8Array([0x74, 0x3a, 0x20, 0xe9, 0x0a])],
    ["UTF-16", new Uint8Array([0xff, 0xfe, 0x74, 0x00])],
    ["a NUL byte", bytes("title: a\u0000\n")],
    ["a file over the size limit", new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61)],
  ])("%s goes back to the main thread", (_what, input) => {
    expect(parseCleanYaml(input)).toBeUndefined();
  });

  test("a nested non-finite number is found", () => {
    expect(parseCleanYaml(bytes("stories:\n  - id: a\n    points: [1, .inf]\n"))).toBeUndefined();
  });
});
