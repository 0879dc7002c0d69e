import { parse } from "jsonc-parser";
import { describe, expect, test } from "vitest";
import { SCHEMA_KINDS } from "./modeline.js";
import { mergeSchemaAssociations, schemaAssociations } from "./vscode-settings.js";

const associations = schemaAssociations("roadmap", ["theme", "epic"]);

describe("schemaAssociations", () => {
  test("each kind's schema in the road map's .schemas/, its files by a glob from the workspace", () => {
    expect(schemaAssociations("plans/roadmap", SCHEMA_KINDS)).toEqual([
      { schema: "./plans/roadmap/.schemas/mission.schema.json", glob: "plans/roadmap/mission.{yaml,yml}" },
      {
        schema: "./plans/roadmap/.schemas/config.schema.json",
        glob: "plans/roadmap/roadmap.config.{yaml,yml}",
      },
      { schema: "./plans/roadmap/.schemas/theme.schema.json", glob: "plans/roadmap/themes/**/*.{yaml,yml}" },
      {
        schema: "./plans/roadmap/.schemas/milestone.schema.json",
        glob: "plans/roadmap/milestones/**/*.{yaml,yml}",
      },
      { schema: "./plans/roadmap/.schemas/epic.schema.json", glob: "plans/roadmap/epics/**/*.{yaml,yml}" },
      { schema: "./plans/roadmap/.schemas/idea.schema.json", glob: "plans/roadmap/ideas/**/*.{yaml,yml}" },
      { schema: "./plans/roadmap/.schemas/team.schema.json", glob: "plans/roadmap/teams/**/*.{yaml,yml}" },
    ]);
  });

  test("a road map that is the workspace folder, and glob characters in a folder name", () => {
    expect(schemaAssociations("", ["epic"])).toEqual([
      { schema: "./.schemas/epic.schema.json", glob: "epics/**/*.{yaml,yml}" },
    ]);
    expect(schemaAssociations("plans (2027)", ["epic"])[0]?.glob).toBe(
      "plans \\(2027\\)/epics/**/*.{yaml,yml}",
    );
  });
});

describe("mergeSchemaAssociations", () => {
  test("no settings file: a new one with the associations", () => {
    const merge = mergeSchemaAssociations(undefined, associations);
    expect(merge).toEqual({
      ok: true,
      added: associations,
      text: `{
  "yaml.schemas": {
    "./roadmap/.schemas/theme.schema.json": "roadmap/themes/**/*.{yaml,yml}",
    "./roadmap/.schemas/epic.schema.json": "roadmap/epics/**/*.{yaml,yml}"
  }
}
`,
    });
  });

  test("keeps comments, other keys, their order and the file's indentation", () => {
    const text = `// Team settings
{
    "editor.tabSize": 2, // two spaces
    /* the YAML extension */
    "yaml.schemas": {
        "https://example.com/ci.json": ".ci/*.yml"
    },
    "files.trimTrailingWhitespace": true,
}
`;
    const merge = mergeSchemaAssociations(text, associations);
    if (!merge.ok) throw new Error(merge.reason);
    expect(merge.text).toBe(`// Team settings
{
    "editor.tabSize": 2, // two spaces
    /* the YAML extension */
    "yaml.schemas": {
        "https://example.com/ci.json": ".ci/*.yml",
        "./roadmap/.schemas/theme.schema.json": "roadmap/themes/**/*.{yaml,yml}",
        "./roadmap/.schemas/epic.schema.json": "roadmap/epics/**/*.{yaml,yml}"
    },
    "files.trimTrailingWhitespace": true,
}
`);
  });

  test("adds yaml.schemas to a file without it", () => {
    const merge = mergeSchemaAssociations('{\n  // mine\n  "editor.wordWrap": "on"\n}\n', associations);
    if (!merge.ok) throw new Error(merge.reason);
    expect(merge.text).toContain("// mine");
    expect(parse(merge.text)).toEqual({
      "editor.wordWrap": "on",
      "yaml.schemas": {
        "./roadmap/.schemas/theme.schema.json": "roadmap/themes/**/*.{yaml,yml}",
        "./roadmap/.schemas/epic.schema.json": "roadmap/epics/**/*.{yaml,yml}",
      },
    });
  });

  test("an association already there is neither duplicated nor changed, with or without ./", () => {
    const text = `{
  "yaml.schemas": {
    "roadmap/.schemas/theme.schema.json": ["roadmap/themes/*.yaml"]
  }
}
`;
    const merge = mergeSchemaAssociations(text, associations);
    if (!merge.ok) throw new Error(merge.reason);
    expect(merge.added.map((entry) => entry.schema)).toEqual(["./roadmap/.schemas/epic.schema.json"]);
    expect(parse(merge.text)["yaml.schemas"]).toEqual({
      "roadmap/.schemas/theme.schema.json": ["roadmap/themes/*.yaml"],
      "./roadmap/.schemas/epic.schema.json": "roadmap/epics/**/*.{yaml,yml}",
    });
    const again = mergeSchemaAssociations(merge.text, associations);
    expect(again).toEqual({ ok: true, text: merge.text, added: [] });
  });

  test("keeps CRLF line endings", () => {
    const merge = mergeSchemaAssociations('{\r\n  "a": 1\r\n}\r\n', associations);
    if (!merge.ok) throw new Error(merge.reason);
    expect(merge.text.replaceAll("\r\n", "")).not.toContain("\n");
  });

  test.each([
    ["not JSON", '{ "a": 1', "it is not valid JSON"],
    ["an array", "[]", "it is not a JSON object"],
    ["yaml.schemas a string", '{ "yaml.schemas": "x" }', 'its "yaml.schemas" is not an object'],
  ])("leaves a file alone when it is %s", (_name, text, reason) => {
    expect(mergeSchemaAssociations(text, associations)).toEqual({ ok: false, reason });
  });
});
