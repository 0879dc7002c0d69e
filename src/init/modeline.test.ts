import { describe, expect, test } from "vitest";
import { planExampleFiles } from "./example.js";
import {
  hasOwnOrNoModeline,
  modelineSchema,
  schemaModeline,
  schemaPathFrom,
  withModeline,
} from "./modeline.js";

const line = (schema: string): string => `# yaml-language-server: $schema=${schema}\n`;
const UNPKG = (kind: string) => `https://unpkg.com/roadmap-cli@0.1.0/schemas/${kind}.schema.json`;

describe("schemaPathFrom", () => {
  test.each([
    ["mission.yaml", "mission", "./.schemas/mission.schema.json"],
    ["roadmap.config.yaml", "config", "./.schemas/config.schema.json"],
    ["themes/growth.yaml", "theme", "../.schemas/theme.schema.json"],
    ["epics/growth/sso.yaml", "epic", "../../.schemas/epic.schema.json"],
    ["ideas/a/b/c.yml", "idea", "../../../.schemas/idea.schema.json"],
  ] as const)("%s -> %s", (path, kind, expected) => {
    expect(schemaPathFrom(path, kind)).toBe(expected);
  });
});

describe("withModeline", () => {
  test.each([
    [
      "adds the line to a file without one",
      "title: x\n",
      "themes/t.yaml",
      `${line("../.schemas/theme.schema.json")}title: x\n`,
    ],
    [
      "replaces the CDN line of an older version",
      `${line(UNPKG("epic"))}title: x\n`,
      "epics/e.yaml",
      `${line("../.schemas/epic.schema.json")}title: x\n`,
    ],
    [
      "keeps the line ending of a CRLF file",
      `${line(UNPKG("epic")).replace("\n", "\r\n")}title: x\r\n`,
      "epics/g/e.yaml",
      `${line("../../.schemas/epic.schema.json").replace("\n", "\r\n")}title: x\r\n`,
    ],
    [
      "keeps other first-line comments",
      "# Acme\ntitle: x\n",
      "milestones/m.yaml",
      `${line("../.schemas/milestone.schema.json")}# Acme\ntitle: x\n`,
    ],
  ] as const)("%s", (_name, text, path, expected) => {
    const kind = path.startsWith("themes") ? "theme" : path.startsWith("epics") ? "epic" : "milestone";
    expect(withModeline(text, kind, path)).toBe(expected);
  });

  test("schemaModeline names the kind's schema relative to the file", () => {
    expect(schemaModeline("team", "teams/core.yaml")).toBe(line("../.schemas/team.schema.json"));
  });
});

describe("hasOwnOrNoModeline", () => {
  test.each([
    ["no modeline", "title: x\n", true],
    ["this tool's, on a CDN", line(UNPKG("theme")), true],
    ["this tool's, in the road map", line("../.schemas/theme.schema.json"), true],
    ["this repository's schemas/", line("../../schemas/epic.schema.json"), true],
    ["someone else's", line("https://example.com/my-theme.json"), false],
  ])("%s: %s", (_name, text, expected) => {
    expect(hasOwnOrNoModeline(`${text}title: x\n`)).toBe(expected);
  });

  test("modelineSchema reads the path", () => {
    expect(modelineSchema(`${line("./x.json")}a: 1\n`)).toBe("./x.json");
    expect(modelineSchema("a: 1\n")).toBeUndefined();
  });
});

describe("planExampleFiles", () => {
  test("sets each road-map file's modeline by kind and depth, leaves other files out, sorts by path", () => {
    const planned = planExampleFiles([
      { path: "themes/t.yaml", text: "title: t\n" },
      { path: "README.md", text: "# readme\n" },
      { path: "mission.yaml", text: "name: n\n" },
      { path: "notes.yaml", text: "x: 1\n" },
      { path: "roadmap.config.yaml", text: "rules: {}\n" },
      { path: "epics/a/e.yml", text: `${line("../../../../schemas/epic.schema.json")}title: e\n` },
      { path: "teams/core.yaml", text: "title: Core\n" },
    ]);
    expect(planned).toEqual([
      { path: "epics/a/e.yml", text: `${line("../../.schemas/epic.schema.json")}title: e\n` },
      { path: "mission.yaml", text: `${line("./.schemas/mission.schema.json")}name: n\n` },
      { path: "roadmap.config.yaml", text: `${line("./.schemas/config.schema.json")}rules: {}\n` },
      { path: "teams/core.yaml", text: `${line("../.schemas/team.schema.json")}title: Core\n` },
      { path: "themes/t.yaml", text: `${line("../.schemas/theme.schema.json")}title: t\n` },
    ]);
  });
});
