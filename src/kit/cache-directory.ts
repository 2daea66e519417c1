import { isAbsolute, sep } from 'node:path';
import { BUILD_ID } from '../generated/build-id.js';
import type { Env } from './terminal.js';

/**
 * A path inside `folder`, for names that are whole, with no `..` or separator
 * to resolve. Node's path.join, compiled on first use, costs every run that
 * calls it a third of a millisecond.
 */
export const inside = (folder: string, ...names: string[]) => [folder, ...names].join(sep);

/** How the cache folders of every build of lms for this Node begin. */
const THIS_NODE = `node-${process.version}-${process.arch}-lms-`;

/**
 * Where the launcher (src/cli/launch.ts) keeps this Node's and this lms's code
 * caches, inside the cache folder: a cache of another build (another version, or the same one
 * built from other sources) is never read, only left for whoever wrote it.
 * The build's id, not only the version, names it because V8 checks a cache
 * against its source's length only: a bundle rebuilt at the same length would
 * otherwise run the old code.
 */
export function codeCacheFolder(env: Env): string | undefined {
  const folder = cacheDirectory(env);
  return folder === undefined ? undefined : inside(folder, 'code', `${THIS_NODE}${BUILD_ID}`);
}

/** Whether a folder beside codeCacheFolder's holds another build's caches for this Node: no run of this build reads them. */
export function otherBuildsCaches(name: string): boolean {
  return name.startsWith(THIS_NODE) && name !== `${THIS_NODE}${BUILD_ID}`;
}

/**
 * Where lms keeps the indexes of large data files: LMS_CACHE_DIR when set, else
 * the platform's cache folder (XDG_CACHE_HOME or ~/.cache on Linux and other
 * Unix, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows). LMS_NO_CACHE=1
 * turns indexes off. Anything in it can be deleted at any time.
 */
export function cacheDirectory(env: Env, platform: NodeJS.Platform = process.platform): string | undefined {
  if (env.LMS_NO_CACHE !== undefined && env.LMS_NO_CACHE !== '' && env.LMS_NO_CACHE !== '0') return undefined;
  if (env.LMS_CACHE_DIR) return env.LMS_CACHE_DIR;
  if (platform === 'win32') return env.LOCALAPPDATA ? inside(env.LOCALAPPDATA, 'lms', 'Cache') : undefined;
  const folder = homeOf(env);
  if (!folder) return undefined;
  if (platform === 'darwin') return inside(folder, 'Library', 'Caches', 'lms');
  // The XDG base directory spec says to ignore a relative path.
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : inside(folder, '.cache');
  return inside(base, 'lms');
}

/**
 * The home folder: HOME, as os.homedir() reads it on Unix. Only without it is
 * the os module loaded, which costs start-up time; Node before 20.16 cannot load
 * it so, and there lms without HOME keeps no caches.
 */
function homeOf(env: Env): string {
  if (env.HOME) return env.HOME;
  const { getBuiltinModule } = process as { getBuiltinModule?: typeof process.getBuiltinModule };
  return getBuiltinModule?.('node:os').homedir() ?? '';
}
