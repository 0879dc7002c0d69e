import { UsageError } from "../errors.js";
import type { Io } from "./io.js";
import type { GlobalOptions } from "./options.js";

export async function runInit(
  dir: string,
  _options: GlobalOptions & { example?: boolean },
  _io: Io,
): Promise<number> {
  throw new UsageError(`init ${dir}: not implemented yet`);
}
