// action.yml: parsed and checked against the README (inputs, the workflow that uses it), then
// run here step by step as GitHub's runner would (bash -eo pipefail, ${{ }} expressions from
// the inputs, the event and earlier steps' outputs, GITHUB_OUTPUT), in a shallow checkout of a
// pull request's merge commit, with a fake gh (test/fixtures/fake-gh) and a fake npm first on PATH.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { gitEnv, runGit } from "../git-repo.js";
import { fixture } from "../run-cli.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as Action;
const readme = readFileSync(join(ROOT, "README.md"), "utf8");

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;

/** The README's section on the action, and the workflow in it. */
function readmeAction(): {
  section: string;
  workflow: { on: unknown; jobs: Record<string, { steps: Step[] }> };
} {
  const start = readme.indexOf("\n## GitHub Action\n");
  expect(start, "README has a '## GitHub Action' section").toBeGreaterThan(-1);
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  const block = /```yaml\n([\s\S]*?)```/.exec(section);
  expect(block, "the section shows a workflow").not.toBeNull();
  return { section, workflow: parse(block![1]!) };
}

describe("action.yml", () => {
  test("is a composite action with the inputs the issue asks for, each described", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual(["path", "lint", "max-warnings", "comment", "github-token"]);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(20);
      expect(input.required ?? false, name).toBe(false);
    }
    expect(action.inputs.path!.default).toBe("roadmap");
    expect(action.inputs.lint!.default).toBe("true");
    expect(action.inputs.comment!.default).toBe("true");
  });

  test("installs and runs the tool from its own checkout, never from a registry package", () => {
    const text = readFileSync(join(ROOT, "action.yml"), "utf8");
    expect(text).not.toMatch(/npx|npm (install|i) -g|roadmap-cli@/);
    const install = action.runs.steps.find((step) => step.run?.includes("npm ci"));
    expect(install?.env?.ACTION_PATH).toMatch(/^\$\{\{ github\.action_path \}\}$/);
    expect(install?.run).toMatch(/^cd "\$ACTION_PATH"\n/);
  });

  test("inputs reach scripts only through env (no expression inside a script), and every input is used", () => {
    const used = new Set<string>();
    for (const step of action.runs.steps) {
      expect(step.run ?? "", step.name).not.toMatch(/\$\{\{/);
      if (step.run !== undefined) expect(step.shell, step.name).toBe("bash");
      for (const value of Object.values(step.env ?? {})) {
        for (const [, expression] of value.matchAll(EXPRESSION)) {
          const input = /^inputs\.([\w-]+)$/.exec(expression!);
          if (input) used.add(input[1]!);
        }
      }
      for (const script of (step.run ?? "").matchAll(/\$ACTION_PATH\/(action\/[\w-]+\.sh)/g)) {
        expect(existsSync(join(ROOT, script[1]!)), script[1]).toBe(true);
        const syntax = spawnSync("bash", ["-n", join(ROOT, script[1]!)], { encoding: "utf8" });
        expect(syntax.status, syntax.stderr).toBe(0);
      }
    }
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  test("the README shows the workflow that uses it, with inputs the action has, and lists every input", () => {
    const { section, workflow } = readmeAction();
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@v\d+$/);
    const uses = steps.find((step) => step.uses !== undefined && !step.uses.startsWith("actions/"));
    expect(uses?.uses).toMatch(/^[\w.-]+\/[\w.-]+@[\w.-]+$/);
    for (const key of Object.keys(uses?.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = input.default ? `\`${input.default}\`` : "(none)";
      expect(section, `README's row for ${name}`).toContain(`| \`${name}\` | ${shown} |`);
    }
    expect(JSON.stringify(workflow.on)).toContain("pull_request");
  });
});

// ---- Running the steps here, as the runner would ----

interface Run {
  failed: boolean;
  stdout: string;
  outputs: Record<string, Record<string, string>>;
  skipped: string[];
}

interface Scene {
  workspace: string;
  env: Record<string, string>;
  inputs: Record<string, string>;
  event: Record<string, unknown>;
}

/** `${{ a.b.c }}` looked up in a context object; `x == 'y'` / `x != 'y'` for conditions. */
function evaluate(expression: string, context: Record<string, unknown>): string {
  const comparison = /^(\S+) (==|!=) '([^']*)'$/.exec(expression);
  if (comparison) {
    const equal = evaluate(comparison[1]!, context) === comparison[3];
    return String(comparison[2] === "==" ? equal : !equal);
  }
  expect(expression, "an expression this runner knows").toMatch(/^[\w.-]+$/);
  let value: unknown = context;
  for (const key of expression.split(".")) value = (value as Record<string, unknown> | undefined)?.[key];
  return value === undefined || value === null ? "" : String(value);
}

function substitute(text: string, context: Record<string, unknown>): string {
  return text.replace(EXPRESSION, (_match, expression: string) => evaluate(expression, context));
}

function runAction(scene: Scene): Run {
  const outputs: Record<string, Record<string, string>> = {};
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, scene.inputs[name] ?? input.default ?? ""]),
  );
  const github = { action_path: ROOT, token: "fake-token", event: scene.event };
  const context = () => ({
    inputs: Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [name, substitute(value, { github })]),
    ),
    github,
    steps: Object.fromEntries(Object.entries(outputs).map(([id, values]) => [id, { outputs: values }])),
  });
  let stdout = "";
  const skipped: string[] = [];
  for (const step of action.runs.steps) {
    if (step.if !== undefined && evaluate(step.if, context()) !== "true") {
      skipped.push(step.name);
      continue;
    }
    if (step.uses !== undefined) throw new Error(`the runner here cannot run ${step.uses}`);
    const outputFile = join(scene.workspace, "..", `output-${step.id ?? "step"}`);
    writeFileSync(outputFile, "");
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([name, value]) => [name, substitute(value, context())]),
    );
    const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run!], {
      cwd: scene.workspace,
      encoding: "utf8",
      env: { ...process.env, ...scene.env, ...env, GITHUB_OUTPUT: outputFile },
    });
    stdout += result.stdout + result.stderr;
    if (step.id !== undefined) {
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, "utf8")
          .split("\n")
          .filter((line) => line.includes("="))
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
    }
    if (result.status !== 0) return { failed: true, stdout, outputs, skipped };
  }
  return { failed: false, stdout, outputs, skipped };
}

/**
 * A repository like GitHub's for pull request #7: `main` holds a road map, the pull request
 * changes it, and refs/pull/7/merge is GitHub's merge of the two. The workspace is a depth-1
 * checkout of that merge, as actions/checkout makes it.
 */
function pullRequest(change: (roadmap: string) => void) {
  const root = mkdtempSync(join(tmpdir(), "roadmap-action-"));
  const origin = join(root, "origin");
  mkdirSync(origin);
  runGit(origin, ["init", "-q", "-b", "main"]);
  cpSync(fixture("lint/clean"), join(origin, "roadmap"), { recursive: true });
  runGit(origin, ["add", "-A"]);
  runGit(origin, ["commit", "-q", "-m", "road map"], gitEnv(1));
  const base = runGit(origin, ["rev-parse", "HEAD"]).trim();
  runGit(origin, ["checkout", "-q", "-b", "feature"]);
  change(join(origin, "roadmap"));
  writeFileSync(join(origin, "NOTES.md"), "notes\n");
  runGit(origin, ["add", "-A"]);
  runGit(origin, ["commit", "-q", "-m", "the change"], gitEnv(2));
  runGit(origin, ["checkout", "-q", "--detach", "main"]);
  runGit(origin, ["merge", "-q", "--no-ff", "-m", "Merge feature into main", "feature"], gitEnv(3));
  runGit(origin, ["update-ref", "refs/pull/7/merge", "HEAD"]);
  const workspace = join(root, "workspace");
  mkdirSync(workspace);
  runGit(workspace, ["init", "-q"]);
  runGit(workspace, ["remote", "add", "origin", `file://${origin}`]);
  runGit(workspace, ["fetch", "-q", "--no-tags", "--depth=1", "origin", "refs/pull/7/merge"]);
  runGit(workspace, ["checkout", "-q", "FETCH_HEAD"]);
  const fakes = join(root, "bin");
  mkdirSync(fakes);
  cpSync(join(fixture("fake-gh"), "gh"), join(fakes, "gh"));
  cpSync(join(fixture("fake-gh"), "fake-gh.mjs"), join(fakes, "fake-gh.mjs"));
  writeFileSync(join(fakes, "npm"), '#!/bin/sh\necho "$PWD $*" >> "$FAKE_NPM_LOG"\n', { mode: 0o755 });
  const files = {
    comments: join(root, "comments.json"),
    gh: join(root, "gh-calls.jsonl"),
    npm: join(root, "npm-calls.log"),
  };
  const scene = (
    over: { inputs?: Record<string, string>; event?: string; env?: Record<string, string> } = {},
  ): Scene => ({
    workspace,
    inputs: over.inputs ?? {},
    event: { pull_request: { number: 7, base: { sha: base } } },
    env: {
      PATH: `${fakes}:${process.env.PATH}`,
      GITHUB_EVENT_NAME: over.event ?? "pull_request",
      GITHUB_REPOSITORY: "acme/lumen",
      RUNNER_TEMP: root,
      ROADMAP_TODAY: "2026-02-01",
      FAKE_GH_COMMENTS: files.comments,
      FAKE_GH_LOG: files.gh,
      FAKE_NPM_LOG: files.npm,
      ...gitEnv(4),
      ...over.env,
    },
  });
  const comments = (): { id: number; issue: number; body: string }[] =>
    existsSync(files.comments) ? JSON.parse(readFileSync(files.comments, "utf8")) : [];
  const ghCalls = (): string[][] =>
    existsSync(files.gh)
      ? readFileSync(files.gh, "utf8")
          .trim()
          .split("\n")
          .filter(Boolean)
          .map((line) => JSON.parse(line) as string[])
      : [];
  return { scene, comments, ghCalls, files };
}

const markStoryDone = (roadmap: string) => {
  const epic = join(roadmap, "epics/login.yaml");
  writeFileSync(epic, readFileSync(epic, "utf8").replace("    status: in-progress", "    status: done"));
};

describe("run on a pull request", () => {
  const pr = pullRequest(markStoryDone);
  const first = runAction(pr.scene());

  test("installs with npm ci in the action's folder, checks the road map, and passes", () => {
    expect(first.stdout).toContain("roadmap lint exited 0");
    expect(first.failed).toBe(false);
    expect(first.outputs.check).toEqual({ code: "0" });
    expect(readFileSync(pr.files.npm, "utf8")).toMatch(new RegExp(`^${ROOT.replace(/\/$/, "")} ci `));
    expect(first.skipped).toEqual(["Set up Node.js 20", "Fail when the road map has problems"]);
  });

  test("posts the road-map diff as one comment with a hidden marker", () => {
    const [comment, ...more] = pr.comments();
    expect(more).toEqual([]);
    expect(comment!.issue).toBe(7);
    expect(comment!.body.startsWith("<!-- roadmap-action:diff roadmap -->\n### Road-map changes:")).toBe(
      true,
    );
    expect(comment!.body).toContain("Story `login/form`");
    expect(comment!.body).toContain("`in-progress` → `done`");
  });

  test("a second push updates the same comment instead of adding one", () => {
    const before = pr.comments();
    writeFileSync(pr.files.gh, "");
    const again = runAction(pr.scene());
    expect(again.failed).toBe(false);
    expect(pr.comments()).toHaveLength(1);
    expect(pr.comments()[0]!.id).toBe(before[0]!.id);
    expect(pr.ghCalls().map((call) => call.slice(0, 3))).toEqual([
      ["api", "--paginate", "repos/acme/lumen/issues/7/comments"],
      ["api", "--method", "PATCH"],
    ]);
  });

  test("comment: false, or an event that is not a pull request, posts nothing", () => {
    writeFileSync(pr.files.gh, "");
    expect(runAction(pr.scene({ inputs: { comment: "false" } })).failed).toBe(false);
    expect(runAction(pr.scene({ event: "push" })).failed).toBe(false);
    expect(pr.ghCalls()).toEqual([]);
  });

  test("a read-only token (a fork's) is a warning, not a failure", () => {
    const denied = runAction(pr.scene({ env: { FAKE_GH_DENY: "1" } }));
    expect(denied.failed).toBe(false);
    expect(denied.stdout).toContain("::warning::the road-map diff comment was not posted");
  });
});

test("a pull request that does not touch the road map gets no comment", () => {
  const pr = pullRequest(() => {});
  const run = runAction(pr.scene());
  expect(run.failed).toBe(false);
  expect(run.stdout).toContain("does not change the road map: no comment");
  expect(pr.comments()).toEqual([]);
});

describe("problems fail the job, after the comment is posted", () => {
  const pr = pullRequest((roadmap) => {
    writeFileSync(join(roadmap, "epics/broken.yaml"), "title: Broken\ntheme: corr\n");
  });

  test("an error: annotations on the file's lines, the comment, then a failed job", () => {
    const run = runAction(pr.scene());
    expect(run.failed).toBe(true);
    expect(run.outputs.check).toEqual({ code: "1" });
    expect(run.stdout).toMatch(
      /::error file=roadmap\/epics\/broken\.yaml,line=2,col=8,title=unknown-reference::/,
    );
    expect(pr.comments()).toHaveLength(1);
    expect(run.stdout).toContain("::error::roadmap found problems in the road map (exit 1)");
  });

  test("lint: false runs validate; max-warnings counts with lint", () => {
    const validate = runAction(pr.scene({ inputs: { lint: "false" } }));
    expect(validate.stdout).toContain("roadmap validate exited 1");
    const clean = pullRequest(markStoryDone);
    const warned = runAction(
      clean.scene({ inputs: { "max-warnings": "0" }, env: { ROADMAP_TODAY: "2026-06-01" } }),
    );
    expect(warned.stdout).toMatch(/::warning file=roadmap\/milestones\/2026-q1\.yaml/);
    expect(warned.failed).toBe(true);
    expect(runAction(clean.scene({ env: { ROADMAP_TODAY: "2026-06-01" } })).failed).toBe(false);
  });
});
