// `rollup --by team|label` and `show --team|--label` (docs/format.md) on the real-shaped fixture. The
// expected figures are counted here from the YAML files themselves, by a second reading of the
// rule (a story counts for its own team, else its epic's only team; dropped epics count for
// nothing), not by calling the code under test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parse } from "yaml";
import { fixture, runCli } from "../run-cli.js";

const RUNTIME = fixture("real/runtime");

interface StoryFile {
  status?: string;
  points?: number;
  team?: string;
}
interface EpicFile {
  status?: string;
  teams?: string[];
  labels?: string[];
  stories?: StoryFile[];
}

function readYamlFiles(folder: string): [string, unknown][] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => [
      name.replace(/^.*\//, "").replace(/\.yaml$/, ""),
      parse(readFileSync(join(folder, name), "utf8")),
    ]);
}

const epics = readYamlFiles(join(RUNTIME, "epics")).map(([, data]) => data as EpicFile);
const live = epics.filter((epic) => epic.status !== "dropped");

interface Counted {
  stories: { done: number; total: number };
  points: { done: number; total: number };
}

function count(stories: StoryFile[]): Counted {
  const done = stories.filter((story) => story.status === "done");
  const sum = (list: StoryFile[]) => list.reduce((total, story) => total + (story.points ?? 0), 0);
  return {
    stories: { done: done.length, total: stories.length },
    points: { done: sum(done), total: sum(stories) },
  };
}

test("rollup --by team --json: each team's stories and points, counted independently", () => {
  const teamIds = readYamlFiles(join(RUNTIME, "teams"))
    .map(([id]) => id)
    .sort();
  const expected = teamIds.map((team) => {
    const stories = live.flatMap((epic) =>
      (epic.stories ?? []).filter(
        (story) => (story.team ?? (epic.teams?.length === 1 ? epic.teams[0] : undefined)) === team,
      ),
    );
    return { id: team, ...count(stories) };
  });
  const result = runCli(["rollup", "-C", RUNTIME, "--by", "team", "--json"]);
  expect(result.code).toBe(0);
  const { groups } = JSON.parse(result.stdout);
  expect(
    groups.map(({ id, stories, points }: Counted & { id: string }) => ({ id, stories, points })),
  ).toEqual(expected);
  for (const group of groups) {
    expect(group.progress).toBeCloseTo(group.points.total > 0 ? group.points.done / group.points.total : 0);
  }
  // The fixture is built so that every rule of attribution is exercised: spelled out once.
  expect(expected.map(({ id, points }) => `${id} ${points.done}/${points.total}`)).toEqual([
    "compiler 0/23",
    "infra 1/6",
    "lang 3/3",
  ]);
});

test("rollup --by label --json: the epics that carry each label, dropped ones left out", () => {
  const labels = [...new Set(epics.flatMap((epic) => epic.labels ?? []))].sort();
  const expected = labels.map((label) => ({
    id: label,
    title: label,
    ...count(live.filter((epic) => epic.labels?.includes(label)).flatMap((epic) => epic.stories ?? [])),
  }));
  const { groups } = JSON.parse(runCli(["rollup", "-C", RUNTIME, "--by", "label", "--json"]).stdout);
  expect(groups.map(({ progress: _progress, ...rest }: { progress: number }) => rest)).toEqual(expected);
});

test("rollup --by team as text: the whole, then one row per team", () => {
  const result = runCli(["rollup", "-C", RUNTIME, "--by", "team"]);
  expect(result.stdout).toBe(
    [
      "                              stories  points  progress",
      "Runtime                           2/7    4/32       12%",
      "Teams",
      "  compiler  Compiler team         0/4    0/23        0%",
      "  infra  Infrastructure team      1/2     1/6       16%",
      "  lang  Language design team      1/1     3/3      100%",
      "",
    ].join("\n"),
  );
});

test.each([
  [
    ["rollup", "--by", "teem"],
    'roadmap: unknown --by "teem" (did you mean "team"?); use one of: team, label\n',
  ],
  [["show", "--team", "compilr"], 'roadmap: unknown team "compilr" (did you mean "compiler"?)\n'],
  [["show", "--label", "flagshp"], 'roadmap: unknown label "flagshp" (did you mean "flagship"?)\n'],
  [["export", "--format", "json", "--team", "nobody"], 'roadmap: unknown team "nobody"\n'],
])("%j exits 2", (args, stderr) => {
  const result = runCli([...args, "-C", RUNTIME]);
  expect(result.stderr).toBe(stderr);
  expect(result.code).toBe(2);
});

const showIds = (...args: string[]): string[] => {
  const tree = JSON.parse(runCli(["show", "-C", RUNTIME, "--json", ...args]).stdout) as {
    themes: { milestones: { epics: { id: string }[] }[]; unscheduled: { id: string }[] }[];
  };
  return tree.themes
    .flatMap((theme) => [...theme.milestones.flatMap((m) => m.epics), ...theme.unscheduled])
    .map((epic) => epic.id)
    .sort();
};

test.each([
  [["--team", "lang"], ["async-closures"]], // named in the epic's teams (and a story's team)
  [
    ["--team", "compiler"],
    ["async-closures", "faster-builds"],
  ],
  [
    ["--team", "infra"],
    ["old-installer", "package-index"],
  ], // show keeps dropped epics, marked
  [
    ["--label", "performance"],
    ["faster-builds", "package-index"],
  ],
  [["--label", "flagship", "--team", "infra"], ["old-installer"]],
])("show %j", (args, expected) => {
  expect(showIds(...args)).toEqual(expected);
});

test("export takes --team and --label like show", () => {
  const json = JSON.parse(
    runCli(["export", "-C", RUNTIME, "--format", "json", "--label", "performance"]).stdout,
  );
  expect(json.epics.map((epic: { id: string }) => epic.id)).toEqual(["faster-builds", "package-index"]);
});
