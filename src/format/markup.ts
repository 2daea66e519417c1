import { neutralize } from './neutralize.js';

/** Text as HTML or SVG shows it: control characters made visible, markup characters escaped. */
export const escapeHtml = (text: string): string =>
  neutralize(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** " (unconfirmed)" in the style of a fact to check, or nothing for no words. */
export const unsureHtml = (text: string): string => (text ? ` <span class="unsure">(${escapeHtml(text)})</span>` : '');

/** A listed centre's number, as its marker on the map shows it, or a grey dash for one not on the map. */
export const numberHtml = (number: number | undefined): string => (number === undefined ? '<span class="number none">\u2013</span>' : `<span class="number">${number}</span>`);

/**
 * Text as HTML whose hyphenated words never break at the hyphen (a class
 * `nb` with white-space: nowrap): "Dana-Farber" and "Knochen- und" stay
 * whole on paper, as a reader (and a search of the printed text, which takes
 * a hyphen at a line's end for a word broken in two) expects them.
 */
export const unbrokenHtml = (text: string): string => escapeHtml(text).replace(/\S*\w-(?:\w\S*|\s+\S+)/g, (word) => `<span class="nb">${word}</span>`);

/** A self-contained page: one file, its style inline, nothing fetched; `body` is HTML already. */
export function htmlPage(page: { title: string; css: string; bodyClass?: string; body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${page.css}</style>
</head>
<body${page.bodyClass ? ` class="${page.bodyClass}"` : ''}>
<h1>${escapeHtml(page.title)}</h1>
${page.body}
</body>
</html>
`;
}
