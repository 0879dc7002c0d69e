// An item's own visibility (docs/export.md; docs/audiences.md): its `visibility`, else the mission's
// `default_visibility`, else internal, so nothing is public until someone says so.
import type { Roadmap } from "../model/roadmap.js";
import type { Visibility } from "../model/schemas.js";

export function visibilityOf(item: { visibility?: Visibility | undefined }, roadmap: Roadmap): Visibility {
  return item.visibility ?? roadmap.mission?.data.default_visibility ?? "internal";
}
