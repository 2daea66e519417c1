import { describe, expect, it } from 'vitest';
import { lmsIn } from '../helpers/in-process.js';

const rows = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((line) => line.split('\t'));

describe('lms search', () => {
  it('answers the questions people type', async () => {
    const first = async (query: string) => rows((await lmsIn(['search', query, '--limit', '1'])).stdout)[0]?.[1];
    expect(await first('what should i bring to my appointment')).toBe('what-to-bring');
    expect(await first('just been diagnosed what do i do')).toBe('after-diagnosis');
    expect(await first('how often will i need scans')).toBe('follow-up');
    expect(await first('what are my treatment options')).toBe('treatment');
    expect(await first('sarcoma centre')).toBe('after-diagnosis');
  });

  it('prints nothing for a query about something else', async () => {
    const { status, stdout } = await lmsIn(['search', 'car', 'insurance', 'quote']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
  });

  it('--kind centre lists only treatment centres, --kind section only the flyer', async () => {
    const centres = rows((await lmsIn(['search', 'sarcoma', '--kind', 'centre'])).stdout);
    expect(centres.length).toBe(10);
    expect(centres.every(([kind]) => kind === 'centre')).toBe(true);
    expect(rows((await lmsIn(['search', 'sarcoma', '--kind', 'section'])).stdout).every(([kind]) => kind === 'section')).toBe(true);
  });

  it('--type leaves out the flyer and other types; --region keeps only what serves the place', async () => {
    const helplines = rows((await lmsIn(['search', 'cancer', '--type', 'helpline'])).stdout);
    expect(helplines.length).toBeGreaterThan(0);
    expect(helplines.every(([kind]) => kind === 'resource')).toBe(true);
    const uk = JSON.parse((await lmsIn(['search', 'helpline', '--region', 'uk', '--kind', 'resource', '--json'])).stdout) as Array<{ record: { regions: string[] } }>;
    expect(uk.length).toBeGreaterThan(0);
    for (const hit of uk) expect(hit.record.regions.some((r) => ['uk', 'gb-eng', 'gb-sct', 'gb-wls', 'gb-nir', 'europe', 'international'].includes(r))).toBe(true);
  });

  it('leaves merged and closed organizations out unless --all', async () => {
    expect(rows((await lmsIn(['search', 'cancerbackup'])).stdout).map(([, id]) => id)).not.toContain('cancerbackup');
    expect(rows((await lmsIn(['search', 'cancerbackup', '--all'])).stdout).map(([, id]) => id)).toContain('cancerbackup');
  });

  it('refuses an unknown --kind in one line naming the kinds', async () => {
    const { status, stdout, stderr } = await lmsIn(['search', 'sarcoma', '--kind', 'centr']);
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
  ])('lms resource %s shows %s, with a note on stderr', async (typed, id) => {
    const { status, stdout, stderr } = await lmsIn(['resource', typed, '--json']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as { id: string }).id).toBe(id);
    expect(stderr).toContain(`'${typed}' is not an exact name; showing '${id}'`);
  });

  it('a name that could mean several is refused with the closest names', async () => {
    const { status, stderr } = await lmsIn(['resource', 'cancer society']);
    expect(status).not.toBe(0);
    expect(stderr).toMatch(/^lms: no resource named 'cancer society' \(did you mean /);
  });
});
