// Escaping for Markdown output.

/** Escapes what Markdown (and GitHub's HTML in Markdown) would interpret; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(/[\\`*_[\]<>|#~&]/g, (char) => `\\${char}`);
}

/** `[title](url)`: the title escaped; the URL with the characters that would end it encoded. */
export function markdownLink(link: { url: string; title?: string | undefined }): string {
  const url = link.url.replace(/[()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(link.title ?? link.url)}](${url})`;
}

/** Links after a title: ` · [a](x) · [b](y)`; "" for none. */
export function markdownLinks(
  links: readonly { url: string; title?: string | undefined }[] | undefined,
): string {
  return (links ?? []).map((link) => ` · ${markdownLink(link)}`).join("");
}
