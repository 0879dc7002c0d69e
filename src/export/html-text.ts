// Small HTML builders for the HTML export. Every piece of road-map text goes through
// escapeHtml; attribute values too.

import type { DateRange } from "../model/epic-dates.js";
import { wholePercent } from "../model/percent.js";
import { type DateStyle, describeDate, describeDates } from "../views/date-style.js";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** A position or length in CSS, as a percentage to three decimals: `12.346%`. */
export function cssPercent(value: number): string {
  return `${Number(value.toFixed(3))}%`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** A progress bar with its percentage as text (the bar alone says nothing to a screen reader). */
export function progressBar(progress: number): string {
  const value = wholePercent(progress);
  return `<span class="bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${value}"><span style="width:${value}%"></span></span> ${value}%`;
}

export function statusBadge(status: string): string {
  const safe = escapeHtml(status);
  return `<span class="badge status-${safe}">${safe.replace("-", " ")}</span>`;
}

/** A link from the road map: its URL is http(s) or a relative path (validated), so safe as an href. */
export function htmlLink(link: { url: string; title?: string | undefined }): string {
  return `<a href="${escapeHtml(link.url)}">${escapeHtml(link.title ?? link.url)}</a>`;
}

/** ` · <a>..</a> · <a>..</a>` after a title; "" for none. */
export function htmlLinks(links: readonly { url: string; title?: string | undefined }[] | undefined): string {
  return (links ?? []).map((link) => ` · ${htmlLink(link)}`).join("");
}

/**
 * One date that never wraps inside itself: a day as `<time>`, or for a public page (whose dates
 * are whole quarters; docs/audiences.md) the quarter it falls in.
 */
export function htmlDate(date: string, style: DateStyle): string {
  if (style.quarters) return `<span class="date">${escapeHtml(describeDate(date, style))}</span>`;
  return `<time class="date" datetime="${escapeHtml(date)}">${escapeHtml(date)}</time>`;
}

/** A range of dates, or of quarters, that may wrap only after its dash. */
export function htmlDates(range: DateRange, style: DateStyle): string {
  if (style.quarters) {
    const [first, last] = describeDates(range, style, "|").split(" | ");
    const quarter = (text: string): string => `<span class="date">${escapeHtml(text)}</span>`;
    return last === undefined ? quarter(first!) : `${quarter(first!)} –&nbsp;${quarter(last)}`;
  }
  return `${htmlDate(range.start, style)} –&nbsp;${htmlDate(range.end, style)}`;
}
