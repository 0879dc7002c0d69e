// Property: random sequences of `set` edits on a copy of the KEP corpus keep the road
// map valid and, once it is in fmt's layout, keep every file there (what `fmt --check` checks).
// In-process on the engine: each edit validates the whole 700-file road map.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { expect, test } from "vitest";
import { CORPUS } from "../../test/run-cli.js";
import { formatFile } from "../format/format-file.js";
import type { FormatKind } from "../format/key-order.js";
import { classifyPath } from "../model/layout.js";
import { epicStatuses, storyStatuses } from "../model/value-sets.js";
import { type ParsedYaml, parseYamlFile } from "../parse/parse-yaml.js";
import type { SourceFile } from "../parse/source-files.js";
import { validateSources } from "../validate/validate-roadmap.js";
import { parseAssignment } from "./assignment.js";
import type { EditKind } from "./item-index.js";
import { fieldsOfKind } from "./kind-fields.js";
import { type EditInput, type PlannedFile, planEdit } from "./plan-edit.js";

const KUBERNETES = `${CORPUS}kubernetes`;
const encoder = new TextEncoder();

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = prefix === "" ? name : `${prefix}/${name}`;
    return statSync(join(dir, path)).isDirectory() ? listFiles(dir, path) : [path];
  });
}

/** The corpus in fmt's layout, as `roadmap fmt` would leave a copy of it. */
function formattedCorpus(): SourceFile[] {
  return listFiles(KUBERNETES)
    .filter((path) => classifyPath(path) !== undefined)
    .sort()
    .map((path) => {
      const bytes = new Uint8Array(readFileSync(join(KUBERNETES, path)));
      const result = formatFile(path, classifyPath(path) as FormatKind, bytes);
      return { path, bytes: result.ok ? encoder.encode(result.text) : bytes };
    });
}

const corpus = formattedCorpus();
const epics = corpus.filter((file) => classifyPath(file.path) === "epic");
const epicIds = epics.map((file) => file.path.slice("epics/".length, -".yaml".length));
const milestoneIds = corpus
  .filter((file) => classifyPath(file.path) === "milestone")
  .map((file) => file.path.slice("milestones/".length, -".yaml".length));

/** Text people type: punctuation YAML cares about, quotes, non-ASCII, spaces at the ends. */
const text = fc
  .array(
    fc.constantFrom(
      "a",
      "Z",
      "7",
      " ",
      ":",
      "#",
      "-",
      "'",
      '"',
      "\\",
      "é",
      "日",
      "[",
      "{",
      ",",
      "&",
      "*",
      "!",
      "%",
      "@",
      "?",
      "|",
      ">",
    ),
    {
      minLength: 1,
      maxLength: 14,
    },
  )
  .map((chars) => chars.join(""))
  .filter((value) => value.trim() !== "");

/** One `set` on an epic or on its first story. */
const assignment = fc.oneof(
  fc.constantFrom(...epicStatuses).map((status) => ["epic", `status=${status}`] as const),
  text.map((owner) => ["epic", `owner=${owner}`] as const),
  fc.constant(["epic", "owner="] as const),
  text.map((description) => ["epic", `description=${description}`] as const),
  fc.constantFrom(...milestoneIds).map((id) => ["epic", `milestone=${id}`] as const),
  fc.constant(["epic", "milestone="] as const),
  fc.constantFrom("alpha", "beta", "2026", "sig-x").map((label) => ["epic", `labels+=${label}`] as const),
  fc.constant(["epic", "labels-=stable"] as const),
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((value) => ["epic", `score={reach: 10, impact: 1, confidence: ${value}, effort: 2}`] as const),
  fc.constantFrom(...storyStatuses).map((status) => ["story", `status=${status}`] as const),
  fc.integer({ min: 0, max: 40 }).map((points) => ["story", `points=${points / 4}`] as const),
  text.map((criterion) => ["story", `acceptance+=${criterion}`] as const),
);

const edit = fc.record({ epic: fc.integer({ min: 0, max: epicIds.length - 1 }), set: assignment });

test("random set sequences keep the KEP corpus valid and fmt-clean", () => {
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (sequence) => {
      let files = corpus;
      let parsed = new Map<string, ParsedYaml>(
        files.map((file) => [file.path, parseYamlFile(file.path, file.bytes)]),
      );
      for (const { epic, set } of sequence) {
        const [target, text] = set as readonly [string, string];
        const id = epicIds[epic] as string;
        const value = parsed.get(epics[epic]!.path)?.value as { stories?: { id: string }[] };
        const story = value.stories?.[0]?.id;
        if (target === "story" && story === undefined) continue;
        const kind: EditKind = target === "story" ? "story" : "epic";
        const change = parseAssignment(text, fieldsOfKind(kind), "");
        if (change.op === "remove" && !(value as { labels?: string[] }).labels?.includes("stable")) continue;
        const input: EditInput = { listing: { files, findings: [], hasMission: true }, parsed };
        const plan = planEdit(input, [
          { type: "change", item: { kind, id: kind === "story" ? `${id}/${story}` : id }, changes: [change] },
        ]);
        expect(plan.problems, `${id} ${text}`).toEqual([]);
        ({ files, parsed } = apply(files, parsed, plan.files));
        for (const file of plan.files) {
          const bytes = encoder.encode(file.text as string);
          const formatted = formatFile(file.path, classifyPath(file.path) as FormatKind, bytes);
          expect(formatted, `${file.path} after ${text}:\n${file.text}`).toMatchObject({
            ok: true,
            changed: false,
          });
        }
      }
      const result = validateSources({ files, findings: [], hasMission: true }, { parsed });
      expect(result.findings.filter((finding) => finding.severity === "error")).toEqual([]);
    }),
    { numRuns: 25 },
  );
}, 120_000);

function apply(files: SourceFile[], parsed: Map<string, ParsedYaml>, changed: readonly PlannedFile[]) {
  const next = new Map(parsed);
  const byPath = new Map(files.map((file) => [file.path, file]));
  for (const file of changed) {
    const bytes = encoder.encode(file.text as string);
    byPath.set(file.path, { path: file.path, bytes });
    next.set(file.path, parseYamlFile(file.path, bytes));
  }
  return { files: [...byPath.values()], parsed: next };
}
