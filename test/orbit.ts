// The orbit fixture (test/fixtures/deps/orbit) and what the CLI itself says about it, for the
// tests of dependencies drawn: epics with their dates (`show --json`), what each depends on (the
// JSON export) and where `lint` reports dependency-order — the facts every drawing is checked
// against, read through the CLI rather than computed again in the test.
import { fixture, runCli } from "./run-cli.js";

export const ORBIT = fixture("deps/orbit");
export const ORBIT_TODAY = "2026-11-25";

export const runOrbit = (...args: string[]) => runCli([...args, "-C", ORBIT, "--today", ORBIT_TODAY]);

export interface ShownEpic {
  id: string;
  title: string;
  status: string;
  start: string | null;
  end: string | null;
  stories: { id: string; title: string; status: string; points: number | null }[];
}

/** Every epic with its dates as docs/views.md derives them, by id. */
export function shownEpics(): Map<string, ShownEpic> {
  const tree = JSON.parse(runOrbit("show", "--json").stdout) as {
    themes: { milestones: { epics: ShownEpic[] }[]; unscheduled: ShownEpic[] }[];
  };
  const epics = tree.themes.flatMap((theme) => [
    ...theme.milestones.flatMap((milestone) => milestone.epics),
    ...theme.unscheduled,
  ]);
  return new Map(epics.map((epic) => [epic.id, epic]));
}

/** Each epic's `depends_on` and title, by id. */
export function exportedEpics(): Map<string, { title: string; depends_on: string[] }> {
  const exported = JSON.parse(runOrbit("export", "--format", "json").stdout) as {
    epics: { id: string; title: string; depends_on?: string[] }[];
  };
  return new Map(
    exported.epics.map((epic) => [epic.id, { title: epic.title, depends_on: epic.depends_on ?? [] }]),
  );
}

/** `dependency>epic` for every depends_on entry. */
export function dependencyPairs(): string[] {
  return [...exportedEpics()].flatMap(([id, epic]) =>
    epic.depends_on.map((dependency) => `${dependency}>${id}`),
  );
}

/** `dependency>epic` for each dependency-order finding of `roadmap lint`, in its order. */
export function brokenByLint(): string[] {
  const report = JSON.parse(runOrbit("lint", "--format", "json").stdout) as {
    diagnostics: { rule: string; message: string }[];
  };
  return report.diagnostics
    .filter((diagnostic) => diagnostic.rule === "dependency-order")
    .map((diagnostic) => {
      const [, epic, dependency] = /^epic "([^"]+)" ends .*?"([^"]+)" it depends on/.exec(
        diagnostic.message,
      )!;
      return `${dependency}>${epic}`;
    });
}
