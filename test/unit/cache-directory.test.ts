import { sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDirectory, codeCacheFolder, otherBuildsCaches } from '../../src/kit/cache-directory.js';

const path = (...names: string[]) => names.join(sep);

describe('the cache folder', () => {
  it('is LMS_CACHE_DIR when set, and none at all with LMS_NO_CACHE', () => {
    expect(cacheDirectory({ LMS_CACHE_DIR: '/tmp/c', HOME: '/home/a' })).toBe('/tmp/c');
    expect(cacheDirectory({ LMS_CACHE_DIR: '/tmp/c', LMS_NO_CACHE: '1' })).toBeUndefined();
    expect(cacheDirectory({ HOME: '/home/a', LMS_NO_CACHE: '0' })).toBe(path('/home/a', '.cache', 'lms'));
  });

  it("is the platform's own: XDG_CACHE_HOME when absolute, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows", () => {
    expect(cacheDirectory({ HOME: '/home/a', XDG_CACHE_HOME: '/var/cache/a' }, 'linux')).toBe(path('/var/cache/a', 'lms'));
    expect(cacheDirectory({ HOME: '/home/a', XDG_CACHE_HOME: 'relative/cache' }, 'linux')).toBe(path('/home/a', '.cache', 'lms'));
    expect(cacheDirectory({ HOME: '/Users/a' }, 'darwin')).toBe(path('/Users/a', 'Library', 'Caches', 'lms'));
    expect(cacheDirectory({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(path('C:\\Users\\a\\AppData\\Local', 'lms', 'Cache'));
    expect(cacheDirectory({}, 'win32')).toBeUndefined();
  });

  it("keeps the code caches in a folder of this Node's and this build's, and knows other builds' folders", () => {
    const folder = codeCacheFolder({ LMS_CACHE_DIR: '/tmp/c' }) as string;
    const own = folder.split(sep).at(-1) as string;
    expect(folder).toBe(path('/tmp/c', 'code', own));
    expect(own.startsWith(`node-${process.version}-${process.arch}-lms-`)).toBe(true);
    expect(otherBuildsCaches(own)).toBe(false);
    expect(otherBuildsCaches(`node-${process.version}-${process.arch}-lms-0000000000000000`)).toBe(true);
    expect(otherBuildsCaches(`node-v0.0.0-${process.arch}-lms-0000000000000000`)).toBe(false);
    expect(codeCacheFolder({ LMS_NO_CACHE: 'yes' })).toBeUndefined();
  });
});
