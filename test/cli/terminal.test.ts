import { describe, expect, it } from 'vitest';
import { lmsInTerminal, plain } from '../helpers/cli.js';

const ESC = '\u001b';

describe('on a terminal', () => {
  it('prints readable cards in color, wrapped to the terminal width', () => {
    const { status, stdout } = lmsInTerminal(['resources', '--region', 'us'], { columns: 60 });
    expect(status).toBe(0);
    expect(stdout).toContain(`${ESC}[`);
    const text = plain(stdout);
    expect(text).toContain('National Cancer Institute (NCI)  nci');
    expect(text).toMatch(/Phone {5}1-800-4-CANCER \(1-800-422-6237\)/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('says which resources matched through a wider region', () => {
    const text = plain(lmsInTerminal(['resources', '--region', 'uk'], { columns: 120 }).stdout);
    expect(text).toContain('Serves    International (covers United Kingdom through International)');
    expect(text).toMatch(/Serves {4}United Kingdom\n/);
  });

  it('marks merged and closed resources with --all, naming the successor', () => {
    const text = plain(lmsInTerminal(['resources', '--all'], { columns: 200 }).stdout);
    expect(text).toContain('MERGED into Macmillan Cancer Support (https://www.macmillan.org.uk)');
    expect(text).toContain('CLOSED: no longer operating');
  });

  it('marks facts we are unsure of', () => {
    const text = plain(lmsInTerminal(['resource', 'leiomyosarcoma-org-uk'], { columns: 200 }).stdout);
    expect(text).toContain('http://www.leiomyosarcoma.org.uk (unconfirmed)');
    expect(text).toContain('STATUS UNKNOWN');
  });

  it('shows the disclaimer under medical sections and not under the credits', () => {
    expect(plain(lmsInTerminal(['section', 'treatment']).stdout)).toContain('Not medical advice:');
    expect(plain(lmsInTerminal(['section', 'credits']).stdout)).not.toContain('Not medical advice:');
  });

  it.each([
    [{ NO_COLOR: '1' }],
    [{ TERM: 'dumb' }],
  ])('prints no color with %o', (env) => {
    const { stdout } = lmsInTerminal(['resources'], { env });
    expect(stdout).not.toContain(ESC);
    expect(stdout).toContain('Sarcoma UK');
  });

  it('keeps color with an empty NO_COLOR, and drops it with --no-color or --color never', () => {
    expect(lmsInTerminal(['sections'], { env: { NO_COLOR: '' } }).stdout).toContain(`${ESC}[`);
    expect(lmsInTerminal(['sections', '--no-color']).stdout).not.toContain(ESC);
    expect(lmsInTerminal(['sections', '--color', 'never']).stdout).not.toContain(ESC);
  });

  it('says on stderr when a list is empty, and still succeeds', () => {
    const { status, stdout } = lmsInTerminal(['resources', '--region', 'au', '--status', 'merged']);
    expect(status).toBe(0);
    expect(stdout).toContain('No resources match these filters');
  });

  it('prints an orientation for lms alone', () => {
    const text = plain(lmsInTerminal([]).stdout);
    expect(text).toContain('Start here:');
    expect(text).toContain('lms resources --region uk');
    for (const command of ['resources', 'resource', 'sections', 'section', 'search', 'regions', 'types', 'about']) {
      expect(text).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });
});
