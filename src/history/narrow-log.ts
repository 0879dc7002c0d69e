// `roadmap log <id>`: one item's history. An epic's id also matches its stories, and renames
// are followed backwards (after "auth -> login", `log login` shows auth's earlier changes too).
import type { Change } from "./change.js";
import type { LogCommit } from "./walk-history.js";

/** Commits newest first; keeps those with a change to the item, and only those changes. */
export function narrowToItem(commits: readonly LogCommit[], id: string): LogCommit[] {
  const names = new Set([id]);
  const narrowed: LogCommit[] = [];
  for (const commit of commits) {
    const changes = commit.changes.filter((change) => concerns(change, names));
    for (const change of changes) {
      if (change.kind === "renamed" && change.type !== "story") names.add(String(change.from));
    }
    const unreadable = commit.unreadable?.filter((note) =>
      [...names].some((name) => fileHolds(note.file, name)),
    );
    if (changes.length === 0 && (unreadable === undefined || unreadable.length === 0)) continue;
    const { unreadable: _all, ...rest } = commit;
    narrowed.push({ ...rest, changes, ...(unreadable && unreadable.length > 0 ? { unreadable } : {}) });
  }
  return narrowed;
}

function concerns(change: Change, names: ReadonlySet<string>): boolean {
  if (names.has(change.id)) return true;
  if (change.kind === "renamed" && names.has(String(change.from))) return true;
  if (change.type !== "story") return false;
  return names.has(change.id.slice(0, change.id.indexOf("/")));
}

function fileHolds(file: string, id: string): boolean {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return base === `${id}.yaml` || base === `${id}.yml`;
}
