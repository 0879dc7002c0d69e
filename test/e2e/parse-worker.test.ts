// Big road maps are parsed on two threads (src/load/parse-in-parallel.ts). Whatever the input,
// the answer must be the one the main thread alone gives: the same diagnostics, positions,
// output and exit code. ROADMAP_PARSE_WORKER=on hands every file to the worker first, whatever
// the size; the main thread then reads only what the worker hands back.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { PARALLEL_MIN_BYTES, parseFiles } from "../../src/load/parse-in-parallel.js";
import { BIN, CORPUS, FIXTURES, fixture, runCli } from "../run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "roadmap-parse-worker-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function expectSameWithAndWithoutWorker(args: string[]): ReturnType<typeof runCli> {
  const alone = runCli(args, { env: { ROADMAP_PARSE_WORKER: "off" } });
  const withWorker = runCli(args, { env: { ROADMAP_PARSE_WORKER: "on" } });
  expect(withWorker).toEqual(alone);
  return withWorker;
}

/** Every bad-input file at once, plus values JSON cannot carry and findings needing positions. */
function buildMixedRoadmap(): string {
  const dir = join(temp, "mixed");
  cpSync(fixture("bad-input/base"), dir, { recursive: true });
  mkdirSync(join(dir, "epics"), { recursive: true });
  for (const name of readdirSync(fixture("bad-input/files"))) {
    writeFileSync(join(dir, "epics", name), readFileSync(fixture(`bad-input/files/${name}`)));
  }
  const extra: Record<string, string> = {
    "not-a-number.yaml":
      "title: NaN points\ntheme: growth\nstories:\n  - id: a\n    title: A\n    points: .nan\n",
    "infinite.yaml":
      "title: Infinite reach\ntheme: growth\nscore: {reach: .inf, impact: 1, confidence: 1, effort: -.inf}\n",
    "minus-zero.yaml":
      "title: Minus zero\ntheme: growth\nstories:\n  - id: a\n    title: A\n    points: -0.0\n",
    "schema-error.yaml": "title: Late status\ntheme: growth\n\n\nstatus: someday\n",
    "clean.yaml": "title: Clean\ntheme: growth\nstatus: planned\n",
  };
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, "epics", name), text);
  return dir;
}

describe("the parse worker changes nothing but speed", () => {
  test("every kind of bad file, NaN, infinities, -0 and schema errors: identical diagnostics", () => {
    const dir = buildMixedRoadmap();
    const result = expectSameWithAndWithoutWorker(["validate", "-C", dir, "--json"]);
    expect(result.code).toBe(1);
    // Positions of a file the worker parsed come from its text, decoded only when needed.
    const diagnostics = JSON.parse(result.stdout).diagnostics as { file: string; line: number }[];
    expect(diagnostics.find(({ file }) => file === "epics/schema-error.yaml")?.line).toBe(5);
    expectSameWithAndWithoutWorker(["lint", "-C", dir, "--json", "--today", "2026-11-25"]);
    expectSameWithAndWithoutWorker(["fmt", "--check", "-C", dir]);
  });

  test.each(readdirSync(join(FIXTURES, "validate")))("validate fixture %s", (name) => {
    expectSameWithAndWithoutWorker(["validate", "-C", fixture(`validate/${name}`), "--json"]);
  });

  test("the Kubernetes KEP corpus: validate, lint and show --json", () => {
    const dir = `${CORPUS}kubernetes`;
    expect(expectSameWithAndWithoutWorker(["validate", "-C", dir, "--json"]).code).toBe(0);
    expectSameWithAndWithoutWorker(["lint", "-C", dir, "--json", "--today", "2026-11-25"]);
    expectSameWithAndWithoutWorker(["show", "-C", dir, "--json", "--today", "2026-11-25"]);
    expectSameWithAndWithoutWorker(["fmt", "--check", "-C", dir]);
  });

  test("a bad ROADMAP_PARSE_WORKER is a usage error", () => {
    const result = runCli(["validate", "-C", fixture("validate/clean")], {
      env: { ROADMAP_PARSE_WORKER: "yes" },
    });
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr: 'roadmap: ROADMAP_PARSE_WORKER must be auto, on or off (got "yes")\n',
    });
  });
});

test("the bundle starts the built worker from beside it (parse-in-parallel.ts looks next to itself)", () => {
  const meta = JSON.parse(readFileSync(join(BIN, "../../dist/meta.json"), "utf8")) as {
    outputs: Record<string, { inputs: Record<string, unknown> }>;
  };
  const starters = Object.entries(meta.outputs)
    .filter(([, output]) => "src/load/parse-in-parallel.ts" in output.inputs)
    .map(([path]) => dirname(path));
  expect(starters).toEqual(["dist/chunks"]);
  expect(statSync(join(BIN, "../../dist/chunks/parse-worker.js")).isFile()).toBe(true);
});

describe("parseFiles with the built worker", () => {
  const workerUrl = pathToFileURL(join(BIN, "../../dist/chunks/parse-worker.js"));
  const corpusFiles = (): { path: string; bytes: Uint8Array }[] => {
    const root = `${CORPUS}kubernetes`;
    return readdirSync(root, { recursive: true, encoding: "utf8" })
      .filter((path) => path.endsWith(".yaml"))
      .sort()
      .map((path) => ({ path, bytes: readFileSync(join(root, path)) }));
  };
  const comparable = (results: { ok: boolean; value: unknown; text: string | undefined }[]) =>
    results.map(({ ok, value, text }) => ({ ok, value, text }));

  test("the worker parses what it can and hands back the rest (bytes not shared are copied)", async () => {
    const files = corpusFiles();
    const alone = await parseFiles(files, { threads: "off", worker: workerUrl });
    const together = await parseFiles(files, { threads: "on", worker: workerUrl });
    expect(alone.byWorker).toBe(0);
    expect(together.byWorker).toBe(files.length);
    expect(comparable(together.results)).toEqual(comparable(alone.results));
  });

  test("auto, just over the threshold: both threads take files, same results", async () => {
    const once = corpusFiles();
    const files = Array.from({ length: 10 }, (_, copy) =>
      once.map((file) => ({ ...file, path: `copy-${copy}/${file.path}` })),
    ).flat();
    expect(files.reduce((sum, file) => sum + file.bytes.length, 0)).toBeGreaterThan(PARALLEL_MIN_BYTES);
    const alone = await parseFiles(files, { threads: "off", worker: workerUrl });
    const auto = await parseFiles(files, { threads: "auto", worker: workerUrl });
    expect(comparable(auto.results)).toEqual(comparable(alone.results));
  });

  test("a worker that cannot start leaves every file to the main thread", async () => {
    const files = corpusFiles().slice(0, 50);
    const missing = pathToFileURL(join(temp, "no-such-worker.js"));
    const result = await parseFiles(files, { threads: "on", worker: missing });
    expect(result.byWorker).toBe(0);
    expect(result.results.every((parsed) => parsed.ok)).toBe(true);
  });
});
