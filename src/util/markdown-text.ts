// The one Markdown escaper (docs/guarantees.md, "Output"), for `roadmap diff --format markdown`
// (posted on pull requests) and the Markdown export: road-map text must read as plain text there.
// Two kinds of danger:
// - Markdown and HTML: emphasis, links, images, tables, headings and lists are backslash-escaped;
//   line breaks become spaces; control characters are shown escaped as on a terminal.
// - What GitHub turns into notifications and links after Markdown is rendered: @mentions
//   (`@user`, `@org/team`), issue references (`#12`, `owner/repo#12`, `GH-12`) and bare URLs
//   (`https://...`, `www....`, e-mail addresses). A backslash does not stop these: GitHub looks
//   for them in the rendered text, where the backslash is gone (`\@user` still notifies,
//   `\#12` still links; so do `&#64;user` and `&#35;12`). What stops them is an invisible
//   character right after the `@` or `#`, or inside the URL's scheme: `@⁠user` shows as `@user`
//   and notifies nobody. roadmap uses U+2060 WORD JOINER, which also keeps the line from
//   breaking there.

import { escapeForTerminal } from "./terminal-text.js";

const WORD_JOINER = "\u2060";

/** Text as it may appear in Markdown on GitHub: one line, no markup, no mention, no link. */
export function escapeMarkdown(text: string): string {
  const oneLine = escapeForTerminal(text.replace(/\s*[\n\r\t\v\f\u2028\u2029]+\s*/g, " ").trim());
  const escaped = oneLine
    .replace(/[\\`*_[\]<>|#~&]/g, (char) => `\\${char}`)
    // At the start of a line: a list item, a setext heading's underline, an ordered list item.
    .replace(/^[-+=]/, (char) => `\\${char}`)
    .replace(/^(\d+)([.)])/, "$1\\$2");
  return defuseAutolinks(escaped);
}

/** Text as a code span (ids, values), which GitHub never links; escaped text when it holds a backtick. */
export function markdownCode(text: string): string {
  const oneLine = escapeForTerminal(text.replace(/\s+/g, " "));
  return oneLine.includes("`") ? escapeMarkdown(oneLine) : `\`${oneLine}\``;
}

/**
 * `[title](url)`, a link the road map asks for (its `links` key): the title escaped; the URL with
 * the characters that would end it encoded.
 */
function markdownLink(link: { url: string; title?: string | undefined }): string {
  const url = link.url.replace(/[()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(link.title ?? link.url)}](${url})`;
}

/** Links after a title: ` · [a](x) · [b](y)`; "" for none. */
export function markdownLinks(
  links: readonly { url: string; title?: string | undefined }[] | undefined,
): string {
  return (links ?? []).map((link) => ` · ${markdownLink(link)}`).join("");
}

function defuseAutolinks(text: string): string {
  return (
    text
      // @user, @org/team, and the domain of name@example.com
      .replace(/@(?=[A-Za-z0-9])/g, `@${WORD_JOINER}`)
      // #12 and owner/repo#12 (the # is already backslash-escaped, which alone does not stop it)
      .replace(/#(?=\d)/g, `#${WORD_JOINER}`)
      .replace(/\b(GH)(?=-\d)/gi, `$1${WORD_JOINER}`)
      // https://..., mailto:...: a scheme GitHub no longer recognises
      .replace(/\b(https?|ftp|mailto|xmpp)(?=:)/gi, `$1${WORD_JOINER}`)
      .replace(/\b(www)(?=\.)/gi, `$1${WORD_JOINER}`)
  );
}
