import { UsageError } from "../errors.js";

/** Options every command may receive (from the program and the command). */
export interface GlobalOptions {
  dir?: string;
  today?: string;
  debug?: boolean;
}

export interface ReadOptions extends GlobalOptions {
  rev?: string;
  json?: boolean;
  format?: string;
}

/** `--json` is short for `--format json`; an unknown format is a usage error listing the known ones. */
export function resolveFormat<F extends string>(options: ReadOptions, allowed: readonly F[], fallback: F): F {
  if (options.json) {
    if (options.format !== undefined && options.format !== "json") {
      throw new UsageError(`--json conflicts with --format ${options.format}`);
    }
    if (!allowed.includes("json" as F)) throw new UsageError("--json is not available for this command");
    return "json" as F;
  }
  const format = options.format ?? fallback;
  if (!allowed.includes(format as F)) {
    throw new UsageError(`unknown format "${format}"; use one of: ${allowed.join(", ")}`);
  }
  return format as F;
}
