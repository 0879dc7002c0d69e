// `roadmap log <id>`: one item's history. An epic's id also matches its stories; a story's id
// (`epic/story`) matches that story, from the commit that added it (with its epic or on its
// own). Renames are followed backwards (after "auth -> login", `log login` shows auth's
// earlier changes too, and `log login/sso` the rename and those of auth/sso). An epic's history
// includes the changes of the epics it `continues` (docs/review.md).
import type { Change } from "./change.js";
import type { LogCommit } from "./commits.js";

type Note = { file: string; message: string };

/**
 * Commits newest first, walked with the stories of added and removed epics listed
 * (WalkOptions.itemIds); keeps those with a change to the item (or to an epic it `continues`),
 * and only those changes.
 */
export function narrowToItem(
  commits: readonly LogCommit[],
  id: string,
  continues: readonly string[] = [],
): LogCommit[] {
  const names = new Set([id, ...continues]);
  const narrowed: LogCommit[] = [];
  for (const commit of commits) {
    const implied = impliedStories(commit.changes, names);
    const changes = commit.changes.filter((change) => concerns(change, names) && !implied(change));
    for (const change of changes) followRename(change, names);
    const unreadable = notesFor(commit.unreadable, names);
    const unknownBefore = notesFor(commit.unknown_before, names);
    if (changes.length === 0 && unreadable.length === 0 && unknownBefore.length === 0) continue;
    const { unreadable: _all, unknown_before: _allUnknown, ...rest } = commit;
    narrowed.push({
      ...rest,
      changes,
      ...(unreadable.length > 0 ? { unreadable } : {}),
      ...(unknownBefore.length > 0 ? { unknown_before: unknownBefore } : {}),
    });
  }
  return narrowed;
}

function concerns(change: Change, names: ReadonlySet<string>): boolean {
  if (names.has(change.id)) return true;
  if (change.kind === "renamed" && names.has(String(change.from))) return true;
  if (change.type === "story") return names.has(epicOf(change.id));
  // A story's history includes its epic's renames: they change the story's id too.
  return (
    change.kind === "renamed" &&
    change.type === "epic" &&
    [...names].some((name) => name.startsWith(`${change.id}/`))
  );
}

/** Older changes were made under the old id; a renamed epic's stories had the old prefix. */
function followRename(change: Change, names: Set<string>): void {
  if (change.kind !== "renamed") return;
  const from = String(change.from);
  if (names.has(change.id)) names.add(from);
  if (change.type !== "epic") return;
  for (const name of [...names]) {
    const slash = name.indexOf("/");
    if (slash !== -1 && name.slice(0, slash) === change.id) names.add(`${from}${name.slice(slash)}`);
  }
}

/**
 * Stories added or removed together with an epic whose history is asked for: the epic's own
 * change says it (`log <epic>` lists an added epic once, as `log` does).
 */
function impliedStories(changes: readonly Change[], names: ReadonlySet<string>): (change: Change) => boolean {
  const whole = new Set(
    changes
      .filter((change) => change.type === "epic" && (change.kind === "added" || change.kind === "removed"))
      .map((change) => `${change.kind}:${change.id}`),
  );
  return (change) =>
    change.type === "story" &&
    names.has(epicOf(change.id)) &&
    whole.has(`${change.kind}:${epicOf(change.id)}`);
}

function notesFor(notes: readonly Note[] | undefined, names: ReadonlySet<string>): Note[] {
  return (notes ?? []).filter((note) => [...names].some((name) => fileHolds(note.file, epicOf(name))));
}

/** The epic part of a story id (`auth/login` -> `auth`); other ids are their own. */
function epicOf(id: string): string {
  const slash = id.indexOf("/");
  return slash === -1 ? id : id.slice(0, slash);
}

function fileHolds(file: string, id: string): boolean {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base === `${id}.yaml` || base === `${id}.yml`;
}
