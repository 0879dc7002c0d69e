// `roadmap log <id>` for an id that exists at no revision is a mistake (a typo, most often),
// not an empty history: exit 2 with the closest id, rather than "no commits changed".
import { UsageError } from "../../errors.js";
import { type Repository, runGit } from "../../load/git.js";
import { ID_PATTERN } from "../../model/schemas.js";
import { didYouMean } from "../../util/did-you-mean.js";

const KIND_FOLDERS = ["themes", "milestones", "epics"] as const;

/**
 * `seen`: every id the walk met. A walk limited by --since/--until may not have met an item
 * that lived only outside its window: git is asked whether the item's file ever existed.
 */
export function checkItemExists(
  repo: Repository,
  folder: string,
  options: { id: string; start: string; since?: string | undefined; until?: string | undefined },
  walked: { seen: ReadonlySet<string>; shallow: boolean },
): void {
  const { id } = options;
  if (walked.seen.has(id)) return;
  const windowed = options.since !== undefined || options.until !== undefined;
  if (windowed && fileEverExisted(repo, folder, options.start, id)) return;
  const where = walked.shallow ? " (this is a shallow clone: older history is not here)" : "";
  throw new UsageError(
    `no item "${id}" exists at any revision of the road map${where}${didYouMean(id, walked.seen)}`,
  );
}

/** Whether the file of an item (a story's epic) exists at some commit up to `start`. */
function fileEverExisted(repo: Repository, folder: string, start: string, id: string): boolean {
  const name = id.split("/")[0] ?? "";
  // Ids hold no glob characters; anything else cannot name a file of the road map.
  if (!ID_PATTERN.test(name)) return false;
  // The folder's own name is matched literally: glob characters in it are escaped.
  const prefix = folder === "" ? "" : `${folder.replace(/[*?[\\]/g, "\\$&")}/`;
  const pathspecs =
    name === "mission" ? [`:(top,glob)${prefix}mission.yaml`, `:(top,glob)${prefix}mission.yml`] : [];
  for (const kind of KIND_FOLDERS) {
    for (const extension of ["yaml", "yml"])
      pathspecs.push(`:(top,glob)${prefix}${kind}/**/${name}.${extension}`);
  }
  const output = runGit(repo.root, ["log", "--format=%H", "--max-count=1", start, "--", ...pathspecs]);
  return output.length > 0;
}
