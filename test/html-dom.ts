// Small readers of the DOM that headless Chromium dumps (`--dump-dom`) for the HTML page tests:
// our pages are plain markup without scripts, so start tags, their attributes and the text
// between them are all a test needs, with no DOM library.

export interface Tag {
  name: string;
  attributes: Record<string, string>;
  /** Where the start tag begins in the document. */
  index: number;
}

/** Every start tag, in document order. */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attributes: Record<string, string> = {};
    for (const attribute of match[2]!.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      attributes[attribute[1]!] = decodeEntities(attribute[2] ?? "");
    }
    tags.push({ name: match[1]!.toLowerCase(), attributes, index: match.index });
  }
  return tags;
}

/** Start tags whose class list holds every one of `classes`. */
export function withClass(html: string, ...classes: string[]): Tag[] {
  return startTags(html).filter((tag) => {
    const list = (tag.attributes.class ?? "").split(/\s+/);
    return classes.every((name) => list.includes(name));
  });
}

/** The markup of the element that starts at `tag` (an element not nested in one of its own name). */
function outerHtml(html: string, tag: Tag): string {
  const end = html.indexOf(`</${tag.name}>`, tag.index);
  return html.slice(tag.index, end === -1 ? undefined : end + tag.name.length + 3);
}

/** The element with this id, or undefined. */
export function byId(html: string, id: string): string | undefined {
  const tag = startTags(html).find((candidate) => candidate.attributes.id === id);
  return tag === undefined ? undefined : outerHtml(html, tag);
}

/** The text a reader sees: tags dropped, entities decoded, white space collapsed. */
export function visibleText(html: string): string {
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, "").replace(/<[^>]*>/g, " ");
  return decodeEntities(body)
    .replace(/\s+/g, " ")
    .replace(/ ([:,.;)])/g, "$1")
    .replace(/\( /g, "(")
    .trim();
}

/** A `left:12.5%` style as a number. */
export function leftOf(tag: Tag): number {
  const match = /left:\s*(-?[\d.]+)%/.exec(tag.attributes.style ?? "");
  if (match === null) throw new Error(`no left position on <${tag.name}>`);
  return Number(match[1]);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
