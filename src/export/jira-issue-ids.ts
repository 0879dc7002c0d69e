// The `Issue Id` column of the jira-csv export (docs/export.md, "jira-csv"). Jira's CSV importer
// links a story to its epic by the epic's `Issue Id` in the story's `Parent` column; the ids
// Atlassian documents are numbers, so each road-map key gets a nine-digit number computed from
// the key itself: the same epic or story has the same id in every export, whatever else the road
// map holds, and a file made later lines up with one made earlier.

const FIRST_ID = 100_000_000;
const ID_COUNT = 900_000_000;

/** FNV-1a (32 bits) of the key's UTF-16 code units: small, fast and well spread for short ids. */
export function hashKey(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A nine-digit id per key (`epic-id` or `epic-id/story-id`). Two keys whose hashes meet (about
 * one chance in two thousand for a thousand items) are told apart by taking the next free number,
 * keys in sorted order, so the outcome does not depend on the order of the rows.
 */
export function assignIssueIds(
  keys: readonly string[],
  hash: (key: string) => number = hashKey,
): Map<string, string> {
  const taken = new Set<number>();
  const ids = new Map<string, string>();
  for (const key of [...new Set(keys)].sort()) {
    let id = FIRST_ID + (hash(key) % ID_COUNT);
    while (taken.has(id)) id = id + 1 === FIRST_ID + ID_COUNT ? FIRST_ID : id + 1;
    taken.add(id);
    ids.set(key, String(id));
  }
  return ids;
}
