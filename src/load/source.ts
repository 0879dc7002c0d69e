// Where road-map bytes come from. A folder on disk today, a git revision for `--rev`:
// nothing above this layer knows which.
import type { SourceListing } from "../parse/source-files.js";

export interface RoadmapSource {
  /** For messages: "examples/acme" or "examples/acme at HEAD~3". */
  readonly label: string;
  read(): SourceListing;
}
