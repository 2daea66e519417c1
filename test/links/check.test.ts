import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkLink, checkLinks } from '../../src/links/check.js';
import { startLinkServer } from '../helpers/link-server.js';
import type { LinkServer } from '../helpers/link-server.js';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(async () => {
  await server.close();
});

const options = { timeoutMs: 400, maxRedirects: 5 };

describe('checkLink', () => {
  it.each([
    ['/ok', 'ok', 200, '/ok', 0],
    ['/missing', 'broken', 404, '/missing', 0],
    ['/error', 'broken', 500, '/error', 0],
    ['/chain-1', 'ok', 200, '/ok', 3],
    ['/no-head', 'ok', 200, '/no-head', 0],
  ])('%s → %s (HTTP %i), ending at %s after %i redirects', async (path, outcome, status, final, redirects) => {
    const result = await checkLink(`${server.base}${path}`, options);
    expect(result).toMatchObject({ outcome, status, finalUrl: `${server.base}${final}`, redirects, ok: outcome === 'ok' });
  });

  it('reports a redirect loop as a loop', async () => {
    const result = await checkLink(`${server.base}/loop-a`, options);
    expect(result.outcome).toBe('redirect-loop');
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/loop/);
  });

  it('stops after the redirect limit', async () => {
    const result = await checkLink(`${server.base}/chain-1`, { ...options, maxRedirects: 1 });
    expect(result.outcome).toBe('too-many-redirects');
  });

  it('gives up on a slow response at the timeout', async () => {
    const started = Date.now();
    const result = await checkLink(`${server.base}/slow`, options);
    expect(result.outcome).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('reports a connection that is reset', async () => {
    const result = await checkLink(`${server.base}/reset`, options);
    expect(result.outcome).toBe('error');
    expect(result.ok).toBe(false);
    expect(result.error).toBeTruthy();
  });
});

describe('checkLinks', () => {
  it('keeps to the concurrency limit and returns results in the order given', async () => {
    const urls = Array.from({ length: 12 }, (_, i) => `${server.base}/wait?${i}`);
    const done: number[] = [];
    const results = await checkLinks(urls, { concurrency: 3, onResult: (_, n) => done.push(n) });
    expect(results.map((r) => r.url)).toEqual(urls);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(server.maxConcurrent()).toBeLessThanOrEqual(3);
    expect(done).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('stops when aborted, returning what it has', async () => {
    const controller = new AbortController();
    const urls = [`${server.base}/ok`, ...Array.from({ length: 6 }, () => `${server.base}/slow`)];
    setTimeout(() => controller.abort(), 200);
    const results = await checkLinks(urls, { concurrency: 1, timeoutMs: 5000, signal: controller.signal });
    expect(results.map((r) => r.url)).toEqual([`${server.base}/ok`]);
  });
});

describe('checkLinks without a network', () => {
  /** fetch as it fails with no name service: every host name is unknown. */
  const offline = () => vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
    throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' } });
  });

  it('stops early and counts every link as not checked, not broken', async () => {
    const spy = offline();
    try {
      const urls = Array.from({ length: 40 }, (_, i) => `https://host-${i}.example.org/page`);
      const results = await checkLinks(urls, { ...options, concurrency: 2 });
      expect(results).toHaveLength(40);
      expect(new Set(results.map((r) => r.outcome))).toEqual(new Set(['not-checked']));
      // Two workers stop after the first three hosts fail, give or take the one in flight.
      expect(spy.mock.calls.length).toBeLessThan(8);
    } finally {
      spy.mockRestore();
    }
  });

  it('calls a host that does not resolve broken when others answer', async () => {
    const real = globalThis.fetch;
    const spy = vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      if (String(input).includes('gone.example')) throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
      return real(input, init);
    });
    try {
      const results = await checkLinks([`${server.base}/ok`, 'https://gone.example/x', `${server.base}/ok?2`], options);
      expect(results.map((r) => r.outcome)).toEqual(['ok', 'error', 'ok']);
      expect(results[1]?.error).toBe('the host name does not resolve');
    } finally {
      spy.mockRestore();
    }
  });
});
