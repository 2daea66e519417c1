// Printing a page as a reader would: headless Chromium to PDF, then poppler's
// pdfinfo and pdftotext to count the pages and read back the text.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
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

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * One headless Chromium for a test file, driven over the DevTools protocol on a
 * pipe (--remote-debugging-pipe: NUL-ended JSON messages on file descriptors 3
 * and 4). A page prints in a third of a second this way, where a Chromium
 * started for each print (--print-to-pdf) took one and a half: the same PDF,
 * page for page and word for word.
 */
class Browser {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  private readonly waiting: Array<{ method: string; sessionId: string; resolve: () => void }> = [];
  private next = 0;
  private received = '';

  constructor() {
    // Its profile and its own temporary files go in the run's scratch folder, removed when the run ends.
    const env = { ...process.env, TMPDIR: tempDir('chromium-') };
    this.child = spawn('chromium', [...CHROMIUM_FLAGS, `--user-data-dir=${tempDir('profile-')}`, '--remote-debugging-pipe'], { env, stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
    (this.child.stdio[4] as Readable).on('data', (chunk: Buffer) => this.read(chunk.toString('utf8')));
    this.child.on('exit', () => {
      for (const { reject } of this.pending.values()) reject(new Error('chromium exited'));
      this.pending.clear();
    });
  }

  private read(text: string): void {
    this.received += text;
    for (let end = this.received.indexOf('\0'); end !== -1; end = this.received.indexOf('\0')) {
      const message = JSON.parse(this.received.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string }; method?: string; sessionId?: string };
      this.received = this.received.slice(end + 1);
      if (message.id !== undefined) {
        const call = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else call?.resolve(message.result ?? {});
      } else {
        const at = this.waiting.findIndex((w) => w.method === message.method && w.sessionId === message.sessionId);
        if (at !== -1) this.waiting.splice(at, 1)[0]?.resolve();
      }
    }
  }

  private send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const id = ++this.next;
      this.pending.set(id, { resolve, reject });
      (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Prints a file to PDF as the browser's print does: the page's own size (@page), no header or footer. */
  async print(file: string, pdf: string): Promise<void> {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    await this.send('Page.enable', {}, sessionId);
    const loaded = new Promise<void>((resolve) => this.waiting.push({ method: 'Page.loadEventFired', sessionId, resolve }));
    await this.send('Page.navigate', { url: `file://${file}` }, sessionId);
    await loaded;
    const { data } = (await this.send('Page.printToPDF', { preferCSSPageSize: true, displayHeaderFooter: false }, sessionId)) as { data: string };
    writeFileSync(pdf, Buffer.from(data, 'base64'));
    await this.send('Target.closeTarget', { targetId });
  }

  close(): void {
    this.child.kill();
  }
}

let browser: Browser | undefined;

/** Ends the test file's Chromium, if it started one. */
export function closeBrowser(): void {
  browser?.close();
  browser = undefined;
}

export const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Prints `html` on its own paper and on the other one, and returns each print's page count and text. */
export async function printBoth(html: string, own: 'A4' | 'Letter'): Promise<Array<{ paper: string; pages: number; text: string }>> {
  const other = own === 'A4' ? 'Letter' : 'A4';
  const prints = [];
  for (const [paper, style] of [
    [own, ''],
    [other, `<style>@page { size: ${other}; }</style>`],
  ] as const) {
    const dir = tempDir();
    const file = writeData(dir, 'page.html', html.replace('</head>', `${style}</head>`));
    const pdf = join(dir, 'page.pdf');
    await (browser ??= new Browser()).print(file, pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(paper === 'A4' ? /Page size:.*\(A4\)/ : /Page size:.*\(letter\)/);
    prints.push({ paper, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), text: squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })) });
  }
  return prints;
}

