import { describe, expect, it } from 'vitest';
import { colorLevel, wrapWidth } from '../../src/kit/terminal.js';
import type { ColorWhen, Env } from '../../src/kit/terminal.js';

describe('colorLevel', () => {
  it.each<[ColorWhen, boolean, Env, number]>([
    ['auto', true, { TERM: 'xterm' }, 1],
    ['auto', true, { TERM: 'xterm-256color' }, 2],
    ['auto', true, { TERM: 'xterm', COLORTERM: 'truecolor' }, 3],
    ['auto', false, { TERM: 'xterm-256color' }, 0],
    ['auto', true, { TERM: 'dumb' }, 0],
    ['auto', true, { TERM: 'xterm', NO_COLOR: '1' }, 0],
    ['auto', true, { TERM: 'xterm', NO_COLOR: '' }, 1],
    ['auto', false, { FORCE_COLOR: '1' }, 1],
    ['auto', false, { FORCE_COLOR: '3' }, 3],
    ['auto', true, { TERM: 'xterm', FORCE_COLOR: '0' }, 0],
    ['auto', false, { FORCE_COLOR: '1', NO_COLOR: '1' }, 0],
    ['always', false, { NO_COLOR: '1', TERM: 'dumb' }, 1],
    ['never', true, { FORCE_COLOR: '3' }, 0],
  ])('%s, tty %s, %o → level %i', (when, tty, env, level) => {
    expect(colorLevel(when, tty, env)).toBe(level);
  });
});

describe('wrapWidth', () => {
  it('wraps to the terminal, at most 100 columns, and not at all in a pipe', () => {
    expect(wrapWidth(true, 60)).toBe(60);
    expect(wrapWidth(true, 10_000)).toBe(100);
    expect(wrapWidth(true, undefined)).toBe(80);
    expect(wrapWidth(false, 60)).toBe(Infinity);
  });
});
