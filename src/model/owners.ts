// The owners of an item (docs/format.md): `owner` is one name or a list of names wherever it exists
// (mission, themes, epics, stories). Every reader asks this one function, so a list is never
// taken for a single name, nor a single name for a list.

/** An item that may have an owner: `owner: alice` or `owner: [alice, bob]`. */
export interface Owned {
  owner?: string | readonly string[] | undefined;
}

/** The owners of an item, in the order written; empty when it names none. */
export function ownersOf(item: Owned): readonly string[] {
  const owner = item.owner;
  if (owner === undefined) return [];
  return typeof owner === "string" ? [owner] : owner;
}

/** The owners as one phrase for people: "alice, bob"; "" when there are none. */
export function describeOwners(item: Owned): string {
  return ownersOf(item).join(", ");
}

/** Whether `name` is one of the item's owners, in any case (`--owner ana` finds "Ana"). */
export function isOwner(item: Owned, name: string): boolean {
  const wanted = name.toLowerCase();
  return ownersOf(item).some((owner) => owner.toLowerCase() === wanted);
}
