// Printing a page as a reader would: headless Chromium to PDF, then poppler's
// pdfinfo and pdftotext to count the pages and read back the text.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';
import { tempDir, writeData } from './temp.js';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
export const tools = has('chromium') && has('pdftotext') && has('pdfinfo');
// CI installs the tools (.ci/run); there, missing tools must fail, not skip.
if (!tools && process.env.LMS_REQUIRE_BROWSER) throw new Error('chromium and poppler-utils are required here (LMS_REQUIRE_BROWSER is set)');
if (!tools) console.warn('print tests SKIPPED: install chromium and poppler-utils (apt-get install chromium poppler-utils) to run them');
// Names written in Japanese print only with a Japanese font; CI installs one (.ci/run).
export const japanese = spawnSync('sh', ['-c', 'fc-list :lang=ja | grep -q .']).status === 0;
if (!japanese && process.env.LMS_REQUIRE_BROWSER) throw new Error('a Japanese font is required here (apt-get install fonts-ipafont-gothic)');
if (tools && !japanese) console.warn('the printed handout for Japan is SKIPPED: install a Japanese font (apt-get install fonts-ipafont-gothic) to run it');

/** The record ids of the numbered markers of a page's map, in order. */
export const markerIds = (html: string) => [...html.matchAll(/<g class="marker" data-id="([^"]+)">/g)].map((m) => m[1]);

/** Prints an HTML file to PDF in headless Chromium, as the browser's own print would. */
function printToPdf(html: string, pdf: string): void {
  execFileSync(
    'chromium',
    ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${tempDir()}`, '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`],
    { stdio: 'ignore', timeout: 60_000 },
  );
}

export const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Prints `html` on its own paper and on the other one, and returns each print's page count and text. */
export function printBoth(html: string, own: 'A4' | 'Letter'): Array<{ paper: string; pages: number; text: string }> {
  const other = own === 'A4' ? 'Letter' : 'A4';
  return [
    [own, ''],
    [other, `<style>@page { size: ${other}; }</style>`],
  ].map(([paper, style]) => {
    const dir = tempDir();
    const file = writeData(dir, 'page.html', html.replace('</head>', `${style}</head>`));
    const pdf = join(dir, 'page.pdf');
    printToPdf(file, pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(paper === 'A4' ? /Page size:.*\(A4\)/ : /Page size:.*\(letter\)/);
    return { paper: paper as string, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text: squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })) };
  });
}

