// Escaping for Markdown output.

/** Escapes what Markdown (and GitHub's HTML in Markdown) would interpret; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/[\\`*_[\]<>|#~&]/g, (char) => `\\${char}`);
}
