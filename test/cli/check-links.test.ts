import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lmsAsync } from '../helpers/cli-async.js';
import { sampleRecord } from '../helpers/records.js';
import { startLinkServer } from '../helpers/link-server.js';
import type { LinkServer } from '../helpers/link-server.js';
import { tempDir, writeData } from '../helpers/temp.js';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(async () => {
  await server.close();
});

function dataFile(paths: string[]): string {
  return writeData(tempDir(), 'links.json', [
    sampleRecord({ websites: paths.map((p, i) => ({ url: `${server.base}${p}`, label: `link ${i}`, confidence: 'high' })), sources: [{ citation: 'test' }] }),
  ]);
}

describe('lms check-links', () => {
  it('exits 0 when every link works', async () => {
    const run = await lmsAsync(['check-links', dataFile(['/ok', '/chain-1']), '--timeout', '2']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean).map((l) => l.split('\t').slice(0, 3))).toEqual([
      [`${server.base}/ok`, 'ok', '200'],
      [`${server.base}/chain-1`, 'ok', '200'],
    ]);
  });

  it('exits 1 with a JSON report when any is broken, each with its status, final address or error', async () => {
    const run = await lmsAsync(['check-links', dataFile(['/ok', '/missing', '/error', '/loop-a', '/reset', '/slow']), '--timeout', '0.5', '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Array<{ url: string; outcome: string; status: number | null; usedBy: string[] }>;
    expect(report.map((r) => [r.url.replace(server.base, ''), r.outcome])).toEqual([
      ['/ok', 'ok'],
      ['/missing', 'broken'],
      ['/error', 'broken'],
      ['/loop-a', 'redirect-loop'],
      ['/reset', 'error'],
      ['/slow', 'timeout'],
    ]);
    expect(report[1]?.status).toBe(404);
    expect(report[1]?.usedBy).toEqual(['leeds-sarcoma-support-group websites[1]']);
  });

  it('shows a progress bar on a terminal only', async () => {
    const file = dataFile(['/ok', '/ok?2']);
    expect((await lmsAsync(['check-links', file])).stderr).toBe('');
    const onTerminal = await lmsAsync(['check-links', file], { script: true });
    expect(onTerminal.stdout).toContain('2/2 links');
    expect(onTerminal.stdout).toContain('2 links checked: 2 ok, 0 broken.');
  });

});
