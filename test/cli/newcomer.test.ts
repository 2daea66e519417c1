import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linksSummary } from '../../src/format/links.js';
import type { LinkReport } from '../../src/format/links.js';
import { lmsInTerminal, plain } from '../helpers/cli.js';
import { lmsIn } from '../helpers/in-process.js';
import { tempDir } from '../helpers/temp.js';

const ESC = '\u001b';

describe('what a newcomer tries', () => {
  it('goes on without a file LMS_DATA names that is gone, with a warning; a missing --data file is still an error', async () => {
    const gone = join(tempDir(), 'gone.json');
    for (const args of [['section', 'treatment'], ['about'], ['resources', '--region', 'uk']]) {
      const { status, stdout, stderr } = await lmsIn(args, { env: { LMS_DATA: gone } });
      expect(status, args.join(' ')).toBe(0);
      expect(stdout).not.toBe('');
      expect(stderr).toBe(`lms: warning: LMS_DATA names ${gone}, which does not exist; going on without it\n`);
    }
    expect((await lmsIn(['about', '--data', gone])).status).toBe(2);
  });

  it('says on a terminal how to save the handout instead of printing its HTML; a pipe still gets the page', async () => {
    const text = plain(lmsInTerminal(['handout', '--region', 'uk']).stdout);
    expect(text).not.toContain('<!doctype');
    expect(text).toContain('lms handout --region uk > handout.html');
    expect((await lmsIn(['handout', '--region', 'uk'])).stdout).toMatch(/^<!doctype html>/);
    expect((await lmsIn(['handout', '--region', 'uk', '--format', 'md'])).stdout).toContain('serving the United Kingdom');
  });

  it('prints the checklist on a terminal as wrapped text with boxes, each wrapped line under its text; Markdown in a pipe', async () => {
    const text = plain(lmsInTerminal(['checklist'], { columns: 40 }).stdout);
    expect(text).not.toContain('- [ ]');
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  [ ] A case summary'));
    expect(first).toBeGreaterThan(-1);
    expect(lines[first + 1]).toMatch(/^ {6}\S/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect((await lmsIn(['checklist'])).stdout).toContain('- [ ] Tissue samples');
  });

  it('never breaks a web address across lines, and wraps at least 20 columns wide', async () => {
    const narrow = plain(lmsInTerminal(['resources', '--region', 'uk', '--no-pager'], { columns: 40 }).stdout);
    for (const url of ['https://www.cancerresearchuk.org', 'https://www.macmillan.org.uk']) expect(narrow).toContain(url);
    const one = plain(lmsInTerminal(['section', 'treatment', '--no-pager'], { columns: 1 }).stdout);
    expect(one).toContain('Treatment options');
    expect(one).toMatch(/surgical removal/);
  });

  it('wraps notes on stderr between words, under the text after lms:', async () => {
    const text = plain(lmsInTerminal(['resources', '--region', 'georgia', '--no-pager'], { columns: 40 }).stdout);
    const note = text.slice(text.indexOf("lms: 'georgia'"), text.indexOf("'georgia, us'") + 13).split('\n');
    expect(note.length).toBeGreaterThan(1);
    for (const line of note.slice(1)) expect(line).toMatch(/^ {5}\S/);
    expect(note.map((l) => l.trim()).join(' ')).toBe("lms: 'georgia' is taken as Georgia (ge); for Georgia in United States, ask for us-ga or 'georgia, us'");
  });

  it('shows where to start in two columns, without a pager', async () => {
    const text = plain(lmsInTerminal([], { columns: 80, rows: 10, env: { PAGER: 'false' } }).stdout);
    expect(text).toContain('Commands:');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  regions'));
    const column = lines[at]?.indexOf('list the places') ?? -1;
    expect(column).toBeGreaterThan(10);
    expect(lines[at + 1]?.slice(0, column).trim()).toBe('');
  });

  it('strips colors for a pager that would show them as text (LESS set without R)', async () => {
    const dir = tempDir();
    const fake = join(dir, 'less');
    const seen = join(dir, 'seen.txt');
    writeFileSync(fake, `#!/bin/sh\ncat > '${seen}'\n`);
    chmodSync(fake, 0o755);
    const run = (env: Record<string, string>) => lmsInTerminal(['resources', '--all'], { rows: 10, env: { PATH: `${dir}:${process.env.PATH}`, PAGER: 'less', ...env } });
    run({ LESS: '-i' });
    expect(existsSync(seen)).toBe(true);
    expect(readFileSync(seen, 'utf8')).not.toContain(ESC);
    run({ LESS: '-iR' });
    expect(readFileSync(seen, 'utf8')).toContain(ESC);
  });

  it.each<[string[], RegExp]>([
    [['help', 'nonexistent'], /^lms: unknown command 'nonexistent'.*\n$/],
    [['-v'], /^lms: unknown option '-v' \(did you mean --version\?\)\n$/],
    [['resources', 'uk'], /^lms: 'lms resources' takes no words after it, not 'uk' \(did you mean --region uk\?\)/],
    [['--json'], /^lms: --json needs a command, e.g. lms resources --json\n$/],
    [['completion', 'bash', '--format', 'hsds'], /^lms: 'lms completion' cannot print --format hsds\. Formats for it: text\n$/],
    [['handout', '--format', 'csv'], /^lms: 'lms handout' cannot print --format csv\. Formats for it: json, ndjson, text, md, html\n$/],
  ])('lms %j: one line on stderr, exit 2', async (args, message) => {
    const { status, stdout, stderr } = await lmsIn(args);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
  });

  it('fits help to the terminal it is shown on, and to 80 columns in a pipe', async () => {
    // The options, which commander wraps (the examples are lms's own lines).
    const widest = (help: string) => Math.max(...help.slice(help.indexOf('Options:'), help.indexOf('\nFormats')).split('\n').map((line) => line.length));
    const narrow = widest((await lmsIn(['resources', '--help'], { columns: 72 })).stdout);
    expect(narrow).toBeLessThanOrEqual(72);
    expect(narrow).toBeGreaterThan(62);
    const piped = widest((await lmsIn(['resources', '--help'])).stdout);
    expect(piped).toBeLessThanOrEqual(80);
    expect(piped).toBeGreaterThan(70);
  });

  it("lists each command's own formats in its help", async () => {
    expect((await lmsIn(['completion', '--help'])).stdout).toContain('Formats (--format): text\n');
    expect((await lmsIn(['handout', '--help'])).stdout).toContain('Formats (--format): json, ndjson, text, md, html\n');
    expect((await lmsIn(['export', '--help'])).stdout).toContain('Formats (--format): json, ndjson, tsv, csv, text, md, hsds\n');
    expect((await lmsIn(['export', '--help'])).stdout).not.toMatch(/--all\b/);
  });

  it('offers each command its own formats in completion, names each command once, and shows places by name in fish', async () => {
    const bash = (await lmsIn(['completion', 'bash'])).stdout;
    expect(bash.match(/^ {4}completion\)/gm)).toHaveLength(1);
    const commandWords = /"\) COMPREPLY=\(\$\(compgen -W '([^']*)'/.exec(bash)?.[1]?.split(' ') ?? [];
    expect(commandWords.filter((w) => w === 'completion')).toHaveLength(1);
    expect(bash).toMatch(/--format\) case "\$command" in .*handout\) COMPREPLY=\(\$\(compgen -W 'json ndjson text md html'/);
    const fish = (await lmsIn(['completion', 'fish'])).stdout;
    expect(fish).toContain("-l region -s r -x -a 'uk' -d 'United Kingdom'");
    expect(fish).toContain("-l format -x -a 'text'");
  });

  it('lists live records before ones whose status is unknown, within each group', async () => {
    const rows = (await lmsIn(['resources', '--region', 'uk'])).stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    const direct = rows.filter((r) => (r[3] ?? '').split(',').includes('uk'));
    const statuses = direct.map((r) => r[2]);
    expect(statuses.indexOf('unknown')).toBeGreaterThan(statuses.lastIndexOf('active'));
  });

  it('counts links it could not reach apart from broken ones', async () => {
    const report = (outcome: LinkReport['outcome']): LinkReport => ({ url: 'https://x.org', outcome, ok: outcome === 'ok', status: null, finalUrl: 'https://x.org', redirects: 0, error: null, usedBy: [] });
    expect(linksSummary([report('ok'), report('broken'), report('error'), report('timeout')], 4)).toBe('4 links checked: 1 ok, 1 broken, 2 could not be checked (no answer).');
    expect(linksSummary([report('not-checked'), report('not-checked')], 2)).toBe('0 links checked: 0 ok, 0 broken, 2 not checked (no network).');
  });

  it("marks the flyer's closed and merged organizations in its list, and puts the disclaimer first in medical advice", async () => {
    const sources = (await lmsIn(['section', 'further-sources'])).stdout;
    expect(sources).toContain('Liddy Shriver Sarcoma Initiative: CLOSED: no longer operating');
    expect(sources).toContain('Cancerbackup: MERGED into Macmillan Cancer Support');
    const lines = (await lmsIn(['section', 'treatment'])).stdout.split('\n');
    expect(lines[2]).toMatch(/^Not medical advice: /);
    expect(lines.filter((l) => l.startsWith('Not medical advice: '))).toHaveLength(2);
  });

  it('keeps a space between a label and its value, however long the label', async () => {
    expect(plain(lmsInTerminal(['resource', 'cancerbackup', '--no-pager'], { columns: 100 }).stdout)).toMatch(/^ {2}Now part of Macmillan Cancer Support/m);
  });

  it('says plainly that there is no public issue tracker, and where to read how to correct the data', async () => {
    const about = (await lmsIn(['about'])).stdout.replace(/\s+/g, ' ');
    expect(about).toContain('lms has no public issue tracker or web address yet');
    expect(about).toContain('"Correcting it"');
  });
});
