import { describe, expect, it, vi } from 'vitest';

const EVENTS = ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'uncaughtException', 'unhandledRejection', 'warning'] as const;

describe('importing the library', () => {
  it('registers no process listeners and writes nothing', async () => {
    vi.resetModules();
    const before = EVENTS.map((e) => process.listenerCount(e));
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    const exitCode = process.exitCode;

    const library = await import('../../src/index.js');

    expect(EVENTS.map((e) => process.listenerCount(e))).toEqual(before);
    expect(stdout).not.toHaveBeenCalled();
    expect(stderr).not.toHaveBeenCalled();
    expect(process.exitCode).toBe(exitCode);
    expect(typeof library.loadDirectory).toBe('function');
    stdout.mockRestore();
    stderr.mockRestore();
  });
});
