import { describe, expect, test } from "vitest";
import { planExampleFiles } from "./example.js";
import { schemaModeline, withModeline } from "./modeline.js";

const line = (kind: string, version: string): string =>
  `# yaml-language-server: $schema=https://unpkg.com/roadmap-cli@${version}/schemas/${kind}.schema.json\n`;

describe("withModeline", () => {
  test.each([
    [
      "adds the line to a file without one",
      "title: x\n",
      "theme",
      "1.2.3",
      `${line("theme", "1.2.3")}title: x\n`,
    ],
    [
      "replaces another version's line",
      `${line("epic", "0.0.1")}title: x\n`,
      "epic",
      "2.0.0",
      `${line("epic", "2.0.0")}title: x\n`,
    ],
    [
      "replaces a line with CRLF ending",
      `${line("epic", "0.0.1").replace("\n", "\r\n")}title: x\r\n`,
      "epic",
      "2.0.0",
      `${line("epic", "2.0.0")}title: x\r\n`,
    ],
    [
      "keeps other first-line comments",
      "# Acme\ntitle: x\n",
      "milestone",
      "1.0.0",
      `${line("milestone", "1.0.0")}# Acme\ntitle: x\n`,
    ],
  ] as const)("%s", (_name, text, kind, version, expected) => {
    expect(withModeline(text, kind, version)).toBe(expected);
  });

  test("schemaModeline names the kind's schema at the version", () => {
    expect(schemaModeline("mission", "0.1.0")).toBe(line("mission", "0.1.0"));
  });
});

describe("planExampleFiles", () => {
  test("sets each road-map file's modeline by kind, leaves other files out, sorts by path", () => {
    const planned = planExampleFiles(
      [
        { path: "themes/t.yaml", text: "title: t\n" },
        { path: "README.md", text: "# readme\n" },
        { path: "mission.yaml", text: "name: n\n" },
        { path: "notes.yaml", text: "x: 1\n" },
        { path: "roadmap.config.yaml", text: "rules: {}\n" },
        { path: "epics/a/e.yml", text: `${line("epic", "0.0.1")}title: e\n` },
        { path: "milestones/m.yaml", text: "title: m\n" },
      ],
      "9.9.9",
    );
    expect(planned).toEqual([
      { path: "epics/a/e.yml", text: `${line("epic", "9.9.9")}title: e\n` },
      { path: "milestones/m.yaml", text: `${line("milestone", "9.9.9")}title: m\n` },
      { path: "mission.yaml", text: `${line("mission", "9.9.9")}name: n\n` },
      { path: "roadmap.config.yaml", text: "rules: {}\n" },
      { path: "themes/t.yaml", text: `${line("theme", "9.9.9")}title: t\n` },
    ]);
  });
});
