// The frame every HTML page of roadmap shares (`export --format html`, `review --format html`):
// doctype, viewport, the one inlined stylesheet (html-style.ts) plus a page's own additions, and a
// footer. Self-contained: nothing is fetched from the network.
import { HTML_STYLE } from "./html-style.js";
import { escapeHtml } from "./html-text.js";

export interface HtmlPage {
  /** The window title (plain text; escaped here). */
  title: string;
  /** HTML, in order, inside <body>. */
  body: string[];
  /** HTML of the footer line. */
  footer: string;
  /** CSS a page adds to the shared stylesheet. */
  style?: string;
}

export function renderHtmlPage(page: HtmlPage): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)}</title>`,
    `<style>${HTML_STYLE}${page.style ?? ""}</style>`,
    "</head>",
    "<body>",
    ...page.body,
    `<footer>${page.footer}</footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
