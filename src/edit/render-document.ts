// An edited document back to text. A new file is written in fmt's layout (docs/fmt.md). An
// existing one keeps its own layout outside the edited lines (keep-layout.ts), its byte-order
// mark and its line endings; whatever comes out must read back as what the Document says, or
// the Document's own writing is used.
import { isDeepStrictEqual } from "node:util";
import type { Document } from "yaml";
import { canonicalStringOptions } from "../format/format-document.js";
import { parseYamlText } from "../parse/parse-yaml.js";
import { applyToOriginal } from "./keep-layout.js";

export interface Original {
  /** As decoded (no byte-order mark). */
  text: string;
  bytes: Uint8Array;
  /** The document written in fmt's layout before any edit. */
  layout: string;
}

export function writeDocument(doc: Document): string {
  return doc.toString(canonicalStringOptions);
}

export function renderEdited(doc: Document, original: Original): string {
  const edited = writeDocument(doc);
  const crlf = original.text.includes("\r\n");
  const merged = applyToOriginal(
    crlf ? original.text.replace(/\r\n/g, "\n") : original.text,
    original.layout,
    edited,
  );
  let text = merged !== undefined && readsAs(merged, edited) ? merged : edited;
  if (crlf) text = text.replace(/\n/g, "\r\n");
  return hasByteOrderMark(original.bytes) ? `\uFEFF${text}` : text;
}

/** The text as it was on disk (byte-order mark included), to tell whether an edit changed it. */
export function textOnDisk(original: Pick<Original, "text" | "bytes">): string {
  return hasByteOrderMark(original.bytes) ? `\uFEFF${original.text}` : original.text;
}

function readsAs(text: string, reference: string): boolean {
  const a = parseYamlText("", text);
  const b = parseYamlText("", reference);
  return a.ok && b.ok && isDeepStrictEqual(a.value, b.value);
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
