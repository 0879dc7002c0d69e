// Editor support that works offline (docs/editors.md): `init` writes the JSON
// Schemas into the road map's `.schemas/`, every file's modeline leads there by a relative path,
// and `.vscode/settings.json` associates each schema with its files. Checked as editors check
// it: paths resolved from each file, schemas applied with ajv, and the YAML language server
// asked which schema it applies.
import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import jsYaml from "js-yaml";
import { parse as parseJsonc } from "jsonc-parser";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { fixture, runCli } from "../run-cli.js";
import { waitFor, YamlLanguageServer } from "../yaml-language-server.js";

const KINDS = ["mission", "config", "theme", "milestone", "epic", "idea", "team"];
const PACKAGE_SCHEMAS = new URL("../../schemas/", import.meta.url);

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "roadmap-editors-"));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** A git work tree at `scratch/repo` (only its root matters here: no commit is needed). */
function makeRepo(): string {
  const repo = join(scratch, "repo");
  mkdirSync(repo);
  execFileSync("git", ["init", "-q", repo]);
  return repo;
}

/** Every .yaml/.yml file below `root`, relative, sorted. */
function yamlFiles(root: string, prefix = ""): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) return yamlFiles(root, path);
      return /\.ya?ml$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

const modeline = (text: string) => /^# yaml-language-server: \$schema=(\S+)\n/.exec(text)?.[1];

/** The example road map in repo/roadmap with a team and a config file, so every kind is there. */
function exampleWithEveryKind(repo: string): string {
  expect(runCli(["init", "--example", "roadmap"], { cwd: repo }).code).toBe(0);
  const roadmap = join(repo, "roadmap");
  expect(runCli(["new", "team", "core", "title=Core team"], { cwd: repo }).code).toBe(0);
  writeFileSync(join(roadmap, "roadmap.config.yaml"), "rules:\n  story-format: off\n");
  expect(runCli(["init", "--schemas"], { cwd: repo }).code).toBe(0);
  return roadmap;
}

describe("roadmap init writes the schemas where editors reach them offline", () => {
  test("into .schemas/ of the road map, the same as the package's schemas/; VS Code settings at the repository root", () => {
    const repo = makeRepo();
    const result = runCli(["init", "--example", "roadmap"], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(
      "For editors (completion and checks as you type):\n" +
        "  roadmap/.schemas/: the JSON Schemas editors read\n" +
        "  .vscode/settings.json: yaml.schemas for VS Code's YAML extension (redhat.vscode-yaml)\n",
    );
    const written = readdirSync(join(repo, "roadmap/.schemas")).sort();
    expect(written).toEqual(KINDS.map((kind) => `${kind}.schema.json`).sort());
    for (const name of written) {
      expect(readFileSync(join(repo, "roadmap/.schemas", name), "utf8"), name).toBe(
        readFileSync(new URL(name, PACKAGE_SCHEMAS), "utf8"),
      );
    }
    const settings = parseJsonc(readFileSync(join(repo, ".vscode/settings.json"), "utf8"));
    expect(settings["yaml.schemas"]["./roadmap/.schemas/epic.schema.json"]).toBe(
      "roadmap/epics/**/*.{yaml,yml}",
    );
    expect(existsSync(join(repo, "roadmap/.vscode"))).toBe(false);
  });

  test("the modeline of every kind of file resolves to the road map's schema, which accepts the file", () => {
    const roadmap = exampleWithEveryKind(makeRepo());
    const kinds = new Set<string>();
    for (const file of yamlFiles(roadmap)) {
      const text = readFileSync(join(roadmap, file), "utf8");
      const schemaPath = modeline(text);
      expect(schemaPath, `${file} has a modeline`).toBeDefined();
      const schemaFile = resolve(dirname(join(roadmap, file)), schemaPath as string);
      expect(relative(roadmap, schemaFile), file).toMatch(/^\.schemas\/[a-z]+\.schema\.json$/);
      expect(existsSync(schemaFile), `${file} -> ${schemaFile}`).toBe(true);
      // A fresh ajv per file: the schema is the one on disk, not one cached under the same $id.
      const ajv = new Ajv2020({ strict: true, strictTuples: false, allowUnionTypes: true });
      ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
      const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));
      const data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      kinds.add(/([a-z]+)\.schema\.json$/.exec(schemaFile)?.[1] as string);
      // The schema is not a rubber stamp: a misspelt key fails it.
      expect(validate({ ...(data as object), titel: "x" }), `${file} with a typo`).toBe(false);
    }
    expect([...kinds].sort()).toEqual([...KINDS].sort());
  });

  test("new and promote write modelines that resolve from where the new file lands", () => {
    const repo = makeRepo();
    runCli(["init", "--example", "roadmap"], { cwd: repo });
    const roadmap = join(repo, "roadmap");
    expect(
      runCli(["new", "epic", "exports", "title=Exports", "theme=grow-self-serve"], { cwd: repo }).code,
    ).toBe(0);
    const made = yamlFiles(roadmap).find((file) => file.endsWith("/exports.yaml")) as string;
    expect(made.split("/").length).toBeGreaterThan(2); // in its theme's subfolder
    const schemaPath = modeline(readFileSync(join(roadmap, made), "utf8")) as string;
    expect(existsSync(resolve(dirname(join(roadmap, made)), schemaPath))).toBe(true);
  });

  test("new in a road map without .schemas/ says how to get them", () => {
    const dir = join(scratch, "roadmap");
    cpSync(fixture("edit/roadmap"), dir, { recursive: true });
    const result = runCli(["new", "theme", "partners", "title=Partners"], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("run roadmap init --schemas for completion in editors");
    expect(runCli(["init", "--schemas"], { cwd: dir }).code).toBe(0);
    expect(runCli(["new", "theme", "more", "title=More"], { cwd: dir }).stderr).toBe("");
  });
});

describe("VS Code settings", () => {
  test("merged into an existing settings file: comments and other keys kept, nothing duplicated on a second run", () => {
    const repo = makeRepo();
    mkdirSync(join(repo, ".vscode"));
    const before = `{
  // Our team's settings
  "editor.formatOnSave": true,
  "yaml.schemas": {
    /* CI */ "https://example.com/ci.json": ".ci/*.yml",
  },
}
`;
    writeFileSync(join(repo, ".vscode/settings.json"), before);
    expect(runCli(["init", "plans"], { cwd: repo }).code).toBe(0);
    const after = readFileSync(join(repo, ".vscode/settings.json"), "utf8");
    expect(after).toContain("// Our team's settings");
    expect(after).toContain('/* CI */ "https://example.com/ci.json": ".ci/*.yml",');
    const settings = parseJsonc(after, [], { allowTrailingComma: true });
    expect(settings["editor.formatOnSave"]).toBe(true);
    expect(Object.keys(settings["yaml.schemas"])).toEqual([
      "https://example.com/ci.json",
      ...KINDS.map((kind) => `./plans/.schemas/${kind}.schema.json`),
    ]);

    const again = runCli(["init", "--schemas", "plans"], { cwd: repo });
    expect(again.stdout).toBe("Editor support for the road map in plans is up to date; nothing written\n");
    expect(readFileSync(join(repo, ".vscode/settings.json"), "utf8")).toBe(after);
  });

  test("a settings file that is not JSON is left alone; the snippet to add goes to stderr, exit 0", () => {
    const repo = makeRepo();
    mkdirSync(join(repo, ".vscode"));
    writeFileSync(join(repo, ".vscode/settings.json"), "{ not json\n");
    const result = runCli(["init", "roadmap"], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "roadmap: note: .vscode/settings.json left as it is (it is not valid JSON); for completion in VS Code, add to it:\n",
    );
    expect(result.stderr).toContain('"./roadmap/.schemas/epic.schema.json": "roadmap/epics/**/*.{yaml,yml}"');
    expect(readFileSync(join(repo, ".vscode/settings.json"), "utf8")).toBe("{ not json\n");
  });
});

describe("roadmap init --schemas", () => {
  test("brings a road map of an older version up to date: schemas, modelines, settings; others' modelines kept", () => {
    const dir = join(scratch, "roadmap");
    cpSync(fixture("edit/roadmap"), dir, { recursive: true });
    const oldEpic = readFileSync(join(dir, "epics/growth/sso.yaml"), "utf8");
    expect(modeline(oldEpic)).toMatch(/^https:\/\/unpkg\.com\/roadmap-cli@/);
    const foreign = "# yaml-language-server: $schema=https://example.com/our-theme.json\ntitle: Platform\n";
    writeFileSync(join(dir, "themes/platform.yaml"), foreign);
    mkdirSync(join(dir, ".schemas"));
    writeFileSync(join(dir, ".schemas/epic.schema.json"), "{}\n");

    const result = runCli(["init", "--schemas"], { cwd: join(dir, "epics") });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Editor support for the road map in ..:\n");
    expect(result.stdout).toMatch(/modelines pointed at \.schemas\/ in \d+ road-map files/);
    expect(readFileSync(join(dir, ".schemas/epic.schema.json"), "utf8")).toBe(
      readFileSync(new URL("epic.schema.json", PACKAGE_SCHEMAS), "utf8"),
    );
    expect(readFileSync(join(dir, "epics/growth/sso.yaml"), "utf8")).toBe(
      oldEpic.replace(/^.*\n/, "# yaml-language-server: $schema=../../.schemas/epic.schema.json\n"),
    );
    expect(readFileSync(join(dir, "themes/platform.yaml"), "utf8")).toBe(foreign);
    for (const file of yamlFiles(dir).filter((file) => file !== "themes/platform.yaml")) {
      const schemaPath = modeline(readFileSync(join(dir, file), "utf8")) as string;
      expect(existsSync(resolve(dirname(join(dir, file)), schemaPath)), file).toBe(true);
    }
    expect(runCli(["validate"], { cwd: dir }).code).toBe(0);
    expect(runCli(["init", "--schemas"], { cwd: dir }).stdout).toContain("is up to date; nothing written");
  });

  test("init (without --schemas) never replaces a schema file that differs", () => {
    mkdirSync(join(scratch, ".schemas"));
    writeFileSync(join(scratch, ".schemas/epic.schema.json"), "{}\n");
    const result = runCli(["init"], { cwd: scratch });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("roadmap: init would overwrite .schemas/epic.schema.json; nothing written\n");
    expect(readdirSync(scratch)).toEqual([".schemas"]);
  });

  test("--schemas with --example is a usage error; no road map is exit 2 naming init", () => {
    expect(runCli(["init", "--schemas", "--example"], { cwd: scratch }).code).toBe(2);
    const none = runCli(["init", "--schemas"], { cwd: scratch });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("roadmap init");
  });
});

describe("the YAML language server applies what init wrote", () => {
  let repo: string;
  let server: YamlLanguageServer;
  const scratchFolder = mkdtempSync(join(tmpdir(), "roadmap-yaml-ls-"));

  beforeAll(async () => {
    repo = join(scratchFolder, "repo");
    mkdirSync(repo);
    execFileSync("git", ["init", "-q", repo]);
    exampleWithEveryKind(repo);
    const settings = parseJsonc(readFileSync(join(repo, ".vscode/settings.json"), "utf8"));
    server = await YamlLanguageServer.start(repo, {
      validate: true,
      schemas: settings["yaml.schemas"],
      schemaStore: { enable: false },
    });
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(scratchFolder, { recursive: true, force: true });
  });

  const titles: Record<string, string> = {
    "mission.yaml": "roadmap mission.yaml",
    "roadmap.config.yaml": "roadmap roadmap.config.yaml",
    "themes/grow-self-serve.yaml": "roadmap theme",
    "milestones/2026-q3-foundations.yaml": "roadmap milestone",
    "epics/enterprise/sso.yaml": "roadmap epic",
    "ideas/enterprise/okta-provisioning.yaml": "roadmap idea",
    "teams/core.yaml": "roadmap team",
  };

  test("by VS Code's yaml.schemas association, for a file of each kind without its modeline", async () => {
    for (const [file, title] of Object.entries(titles)) {
      const text = readFileSync(join(repo, "roadmap", file), "utf8").replace(
        /^# yaml-language-server.*\n/,
        "",
      );
      // The editor's text of the file, not what is on disk: as a person sees it once the line is gone.
      const uri = server.open(join(repo, "roadmap", file), text);
      expect(
        await waitFor(
          () => server.schemasOf(uri),
          (found) => found.length > 0,
        ),
        file,
      ).toEqual([title]);
    }
  }, 60_000);

  test("by the modeline alone, with no association configured, in a nested subfolder", async () => {
    const bare = await YamlLanguageServer.start(repo, { validate: true, schemaStore: { enable: false } });
    try {
      const file = join(repo, "roadmap/epics/enterprise/sso.yaml");
      const text = readFileSync(file, "utf8").replace("\ntitle:", "\ntitel: typo\ntitle:");
      const uri = bare.open(file, text);
      expect(
        await waitFor(
          () => bare.schemasOf(uri),
          (found) => found.length > 0,
        ),
      ).toEqual(["roadmap epic"]);
      const diagnostics = await waitFor(
        async () => bare.diagnosticsOf(uri) ?? [],
        (found) => found.some((diagnostic) => diagnostic.message.includes("titel")),
      );
      expect(diagnostics.map((diagnostic) => diagnostic.message).join("\n")).toMatch(/titel/);
    } finally {
      await bare.stop();
    }
  }, 60_000);

  test("not to YAML files outside the road map", async () => {
    // Once the server answers for a road-map file, the settings are applied.
    const known = server.open(join(repo, "roadmap/themes/win-enterprise.yaml"), "title: x\n");
    await waitFor(
      () => server.schemasOf(known),
      (found) => found.length > 0,
    );
    const other = server.open(join(repo, "other/epics/plan.yaml"), "title: x\n");
    expect(await server.schemasOf(other)).toEqual([]);
  }, 30_000);
});
