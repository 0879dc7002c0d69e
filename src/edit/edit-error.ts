// An edit the tool cannot make as asked (an unknown id or key, a value of the wrong type): a
// usage error, so the command exits 2 and writes nothing (docs/edit.md).
import { UsageError } from "../errors.js";

export class EditError extends UsageError {}
