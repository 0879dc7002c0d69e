// `--audience public|internal` on `show` and `export` (docs/export.md; docs/audiences.md): which
// version of the road map a command renders. The redaction itself is audience/redact-roadmap.ts.
import { UsageError } from "../errors.js";
import type { Visibility } from "../model/schemas.js";
import { visibilities } from "../model/value-sets.js";
import { didYouMean } from "../util/did-you-mean.js";

export interface AudienceOptions {
  audience?: string;
}

export function resolveAudience(options: AudienceOptions): Visibility {
  const audience = options.audience?.trim() ?? "internal";
  if ((visibilities as readonly string[]).includes(audience)) return audience as Visibility;
  throw new UsageError(
    `unknown --audience "${audience}"${didYouMean(audience, visibilities)}; use one of: ${visibilities.join(", ")}`,
  );
}
