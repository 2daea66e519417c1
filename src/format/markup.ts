import { neutralize } from './neutralize.js';

/** Text as HTML or SVG shows it: control characters made visible, markup characters escaped. */
export const escapeHtml = (text: string): string =>
  neutralize(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * Text as HTML whose hyphenated words never break at the hyphen (a class
 * `nb` with white-space: nowrap): "Dana-Farber" and "Knochen- und" stay
 * whole on paper, as a reader (and a search of the printed text, which takes
 * a hyphen at a line's end for a word broken in two) expects them.
 */
export const unbrokenHtml = (text: string): string => escapeHtml(text).replace(/\S*\w-(?:\w\S*|\s+\S+)/g, (word) => `<span class="nb">${word}</span>`);
