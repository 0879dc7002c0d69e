// docs/guarantees.md: whatever YAML a person or a merge produces ends in a diagnostic: exit 1, no stack
// trace, no hang. Each case is one epic file dropped into an otherwise valid road map.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { summaryOf } from "../diagnostic-summary.js";
import { fixture, runCli } from "../run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "roadmap-bad-input-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Validates the base road map plus `epics/<name>.yaml` holding `bytes`. */
function validateEpicFile(name: string, bytes: Uint8Array | string) {
  const dir = join(temp, name);
  cpSync(fixture("bad-input/base"), dir, { recursive: true });
  mkdirSync(join(dir, "epics"), { recursive: true });
  writeFileSync(join(dir, "epics", `${name}.yaml`), bytes);
  return runCli(["validate"], { cwd: dir, timeout: 20_000 });
}

function expectDiagnostics(result: ReturnType<typeof runCli>, lines: string[]): void {
  expect(result.stdout).toBe(`${[...lines, summaryOf(lines)].join("\n")}\n`);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(1);
}

// [fixture file, expected diagnostic lines after "epics/<file>.yaml:"]
const cases: [string, string[]][] = [
  ["syntax-error", ['2:8  error  unclosed list: this "[" has no matching "]"  yaml-syntax']],
  [
    "duplicate-key",
    ['3:1  error  key "title" appears twice in this mapping (first on line 1)  duplicate-key'],
  ],
  [
    "alias-bomb",
    [
      "4:8  error  aliases expand this file by more than 100000 values (an alias bomb?); write the values out instead  yaml-syntax",
    ],
  ],
  [
    "alias-cycle",
    ["3:25  error  an alias is used inside the value it names, which makes the value infinite  yaml-syntax"],
  ],
  [
    "custom-tag",
    [
      '2:8  error  unknown tag "!theme": road-map files hold plain values (strings, numbers, lists, mappings), not tagged types; if the ! is meant as text, put the value in quotes  yaml-syntax',
    ],
  ],
  [
    "anchor-as-id",
    [
      '2:8  error  alias *growth refers to no anchor; an alias repeats a value anchored (&growth) earlier in the same file. If it is meant as text: a value starting with * is read as a reference to an anchor (*name), not as text; put the value in quotes: theme: "*growth"  yaml-syntax',
    ],
  ],
  // An alias is a copy of the value: the id it copies takes part in the checks like any other.
  [
    "anchor-self-dependency",
    ["4:14  error  dependency cycle: anchor-self-dependency -> anchor-self-dependency  dependency-cycle"],
  ],
  ["list-document", ["1:1  error  the file must be a mapping of keys (found a list)  schema"]],
  ["scalar-document", ["1:1  error  the file must be a mapping of keys (found a string)  schema"]],
  [
    "two-documents",
    ["3:1  error  a road-map file holds one YAML document; found a second at line 3  yaml-syntax"],
  ],
  ["binary", ["0:0  error  file is binary, not YAML text  yaml-syntax"]],
  ["latin-1", ["1:11  error  file is not valid UTF-8 text; save it as UTF-8  yaml-syntax"]],
  ["utf-16", ["0:0  error  file is UTF-16 text; save it as UTF-8  yaml-syntax"]],
  ["empty", ["0:0  error  the file is empty; an epic needs at least a title  schema"]],
  ["comment-only", ["0:0  error  the file is empty; an epic needs at least a title  schema"]],
  [
    "proto-keys",
    [
      '3:1  error  unknown key "__proto__"  unknown-key',
      '5:1  error  unknown key "constructor"  unknown-key',
    ],
  ],
  [
    "deep-nesting",
    ["3:108  error  nesting is deeper than 100 levels; road-map files are a few levels deep  yaml-syntax"],
  ],
  [
    "tab-indent",
    [
      "4:1  error  this file is indented with tabs (line 4); YAML indents with spaces only: replace the tabs with spaces (most editors can convert indentation)  yaml-syntax",
    ],
  ],
];

describe("bad input ends in a diagnostic, exit 1, no stack trace, no hang", () => {
  test.each(cases)("%s", (name, lines) => {
    const result = validateEpicFile(name, readFileSync(fixture(`bad-input/files/${name}.yaml`)));
    expectDiagnostics(
      result,
      lines.map((line) => `epics/${name}.yaml:${line}`),
    );
  });

  test("a file over 10 MiB is refused without parsing it", () => {
    const big = `title: Big\ntheme: growth\ndescription: "${"x".repeat(10 * 1024 * 1024)}"\n`;
    expectDiagnostics(validateEpicFile("big", big), [
      "epics/big.yaml:0:0  error  file is 10.0 MiB; road-map files are limited to 10 MiB  yaml-syntax",
    ]);
  });

  test("a large file under the limit is read (40,000 stories, ~4 MiB)", () => {
    const stories = Array.from(
      { length: 40_000 },
      (_, i) => `  - id: s${i}\n    title: As a user, I want story ${i} so that it counts\n    points: 1\n`,
    );
    const result = validateEpicFile("large", `title: Large\ntheme: growth\nstories:\n${stories.join("")}`);
    expect(result.stdout).toBe("no problems found\n");
    expect(result.code).toBe(0);
  });

  test("a NUL byte past the binary sniff is still a syntax error", () => {
    const text = `title: Late NUL\ntheme: growth\ndescription: "${"x".repeat(9000)}\u0000"\n`;
    expectDiagnostics(validateEpicFile("late-nul", text), [
      "epics/late-nul.yaml:3:9015  error  the file holds a NUL byte (character 0, not text) here; remove it  yaml-syntax",
    ]);
  });

  test("__proto__ in a story is an unknown key and pollutes nothing", () => {
    const text =
      "title: T\ntheme: growth\nstories:\n  - id: a\n    title: A\n    __proto__: {status: done}\n";
    const result = validateEpicFile("proto-story", text);
    expectDiagnostics(result, [
      'epics/proto-story.yaml:6:5  error  unknown key "__proto__" in stories[0]  unknown-key',
    ]);
  });
});
