import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lmsAsync } from '../helpers/cli-async.js';
import { startLinkServer } from '../helpers/link-server.js';
import type { LinkServer } from '../helpers/link-server.js';
import { sampleRecord } from '../helpers/records.js';
import { tempDir, writeData } from '../helpers/temp.js';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(async () => {
  await server.close();
});

describe('Ctrl-C during a long run', () => {
  function dataFile(paths: string[]): string {
    return writeData(tempDir(), 'links.json', [
      sampleRecord({ websites: paths.map((p, i) => ({ url: `${server.base}${p}`, label: `link ${i}`, confidence: 'high' })), sources: [{ citation: 'test' }] }),
    ]);
  }

  it('stops within a second or two of Ctrl-C, says what it found on stderr, and exits 130', async () => {
    const file = dataFile(['/ok', ...Array.from({ length: 8 }, (_, i) => `/slow?${i}`)]);
    // Interrupted once the first link is checked (one at a time, the second is asked for only then), not after a fixed time a slow machine may not reach.
    const run = await lmsAsync(['check-links', file, '--concurrency', '1', '--timeout', '30'], { interruptWhen: server.requested('/slow?0') });
    expect(run.status).toBe(130);
    expect(run.msAfterInterrupt).toBeLessThan(2000);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^lms: interrupted\. 1 of 9 links checked: 1 ok, 0 broken\.\n$/);
  });
});
