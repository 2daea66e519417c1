import { describe, expect, it } from 'vitest';
import { lms } from '../helpers/cli.js';

const rows = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((line) => line.split('\t'));

describe('lms search', () => {
  it('answers the questions people type', () => {
    const first = (query: string) => rows(lms(['search', query, '--limit', '1']).stdout)[0]?.[1];
    expect(first('what should i bring to my appointment')).toBe('what-to-bring');
    expect(first('just been diagnosed what do i do')).toBe('after-diagnosis');
    expect(first('how often will i need scans')).toBe('follow-up');
    expect(first('what are my treatment options')).toBe('treatment');
    expect(first('sarcoma centre')).toBe('after-diagnosis');
  });

  it('prints nothing for a query about something else', () => {
    const { status, stdout } = lms(['search', 'car', 'insurance', 'quote']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
  });

  it('--kind centre lists only treatment centres, --kind section only the flyer', () => {
    const centres = rows(lms(['search', 'sarcoma', '--kind', 'centre']).stdout);
    expect(centres.length).toBe(10);
    expect(centres.every(([kind]) => kind === 'centre')).toBe(true);
    expect(rows(lms(['search', 'sarcoma', '--kind', 'section']).stdout).every(([kind]) => kind === 'section')).toBe(true);
  });

  it('--type leaves out the flyer and other types; --region keeps only what serves the place', () => {
    const helplines = rows(lms(['search', 'cancer', '--type', 'helpline']).stdout);
    expect(helplines.length).toBeGreaterThan(0);
    expect(helplines.every(([kind]) => kind === 'resource')).toBe(true);
    const uk = JSON.parse(lms(['search', 'helpline', '--region', 'uk', '--kind', 'resource', '--json']).stdout) as Array<{ record: { regions: string[] } }>;
    expect(uk.length).toBeGreaterThan(0);
    for (const hit of uk) expect(hit.record.regions.some((r) => ['uk', 'gb-eng', 'gb-sct', 'gb-wls', 'gb-nir', 'europe', 'international'].includes(r))).toBe(true);
  });

  it('leaves merged and closed organizations out unless --all', () => {
    expect(rows(lms(['search', 'cancerbackup']).stdout).map(([, id]) => id)).not.toContain('cancerbackup');
    expect(rows(lms(['search', 'cancerbackup', '--all']).stdout).map(([, id]) => id)).toContain('cancerbackup');
  });

  it('refuses an unknown --kind in one line naming the kinds', () => {
    const { status, stdout, stderr } = lms(['search', 'sarcoma', '--kind', 'centr']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe("lms: unknown kind 'centr' (did you mean 'centre'?). Kinds: section, resource, centre\n");
  });
});

describe('near-miss names', () => {
  it.each([
    ['macmilan', 'macmillan'],
    ['sarcoma allience', 'sarcoma-alliance'],
    ['macmillan cancer', 'macmillan'],
    ['sarcoma uk support line', 'sarcoma-uk'],
  ])('lms resource %s shows %s, with a note on stderr', (typed, id) => {
    const { status, stdout, stderr } = lms(['resource', typed, '--json']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { id: string }).id).toBe(id);
    expect(stderr).toContain(`'${typed}' is not an exact name; showing '${id}'`);
  });

  it('a name that could mean several is refused with the closest names', () => {
    const { status, stderr } = lms(['resource', 'cancer society']);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/^lms: no resource named 'cancer society' \(did you mean /);
  });
});
