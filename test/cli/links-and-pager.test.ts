import { describe, expect, it } from 'vitest';
import { lms, lmsInTerminal } from '../helpers/cli.js';

const OSC8 = '\u001b]8;;https://sarcoma.org.uk\u001b\\https://sarcoma.org.uk\u001b]8;;\u001b\\';

describe('clickable links', () => {
  it.each([
    [{ FORCE_HYPERLINK: '1' }],
    [{ TERM_PROGRAM: 'WezTerm' }],
    [{ VTE_VERSION: '7200' }],
    [{ TERM: 'xterm-kitty' }],
  ])('are OSC 8 hyperlinks on a terminal that supports them: %o', (env) => {
    expect(lmsInTerminal(['resource', 'sarcoma-uk'], { env }).stdout).toContain(OSC8);
  });

  it.each([[{}], [{ FORCE_HYPERLINK: '0', TERM_PROGRAM: 'WezTerm' }], [{ TERM: 'dumb' }]])('are plain text elsewhere: %o', (env) => {
    const { stdout } = lmsInTerminal(['resource', 'sarcoma-uk'], { env });
    expect(stdout).toContain('https://sarcoma.org.uk');
    expect(stdout).not.toContain('\u001b]8;');
  });

  it('are never hyperlinks in a pipe, even when forced', () => {
    const { stdout } = lms(['resource', 'sarcoma-uk', '--format', 'text'], { FORCE_HYPERLINK: '1', TERM_PROGRAM: 'WezTerm' });
    expect(stdout).toContain('https://sarcoma.org.uk');
    expect(stdout).not.toContain('\u001b');
  });
});

describe('the pager', () => {
  const pager = { PAGER: 'sed "s/^/PAGED:/"' };

  it('takes long output on a terminal', () => {
    const { stdout } = lmsInTerminal(['section', 'treatment'], { rows: 10, env: pager });
    expect(stdout.split('\n').filter(Boolean).every((line) => line.startsWith('PAGED:'))).toBe(true);
  });

  it('is skipped for output that fits, with --no-pager, in a pipe, and for JSON', () => {
    expect(lmsInTerminal(['section', 'follow-up'], { rows: 50, env: pager }).stdout).not.toContain('PAGED:');
    expect(lmsInTerminal(['section', 'treatment', '--no-pager'], { rows: 10, env: pager }).stdout).not.toContain('PAGED:');
    expect(lmsInTerminal(['resources', '--json'], { rows: 10, env: pager }).stdout).not.toContain('PAGED:');
    expect(lms(['section', 'treatment'], pager).stdout).not.toContain('PAGED:');
  });

  it('uses less with LESS=FRX when PAGER is not set', () => {
    const { stdout } = lmsInTerminal(['section', 'treatment'], { rows: 10, env: { PAGER: 'echo "LESS=$LESS" #' } });
    expect(stdout).toContain('LESS=FRX');
  });

  it('falls back to printing when the pager cannot run', () => {
    const { stdout } = lmsInTerminal(['section', 'treatment'], { rows: 10, env: { PAGER: 'no-such-pager-here' } });
    expect(stdout).toContain('Treatment options that may be recommended');
    expect(stdout).toContain('Not medical advice');
  });
});
