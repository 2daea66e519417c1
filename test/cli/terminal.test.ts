import { describe, expect, it } from 'vitest';
import { lmsInTerminal, plain } from '../helpers/cli.js';

const ESC = '\u001b';

describe('on a terminal', () => {
  it('prints readable cards in color, wrapped to the terminal width', () => {
    const { status, stdout } = lmsInTerminal(['resources', '--region', 'us'], { columns: 60 });
    expect(status).toBe(0);
    expect(stdout).toContain(`${ESC}[`);
    const text = plain(stdout);
    expect(text).toMatch(/^National Cancer Institute \(NCI\)$/m);
    expect(text).toMatch(/^ {2}In full {3}lms resource nci$/m);
    expect(text).toMatch(/Phone {5}1-800-4-CANCER \(1-800-422-6237\)/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('says which resources matched through a wider region', () => {
    const text = plain(lmsInTerminal(['resources', '--region', 'uk'], { columns: 120 }).stdout);
    expect(text).toContain('Serves    International, so United Kingdom too');
    expect(text).toMatch(/Serves {4}United Kingdom\n/);
  });

  it("says in plain words when nothing serves a place alone, and lists a country's own groups first otherwise", () => {
    const greece = plain(lmsInTerminal(['resources', '--region', 'greece', '--no-pager'], { columns: 200 }).stdout);
    expect(greece.split('\n')[0]).toBe('No organization in lms serves Greece alone yet; these serve Europe or everyone.');
    const ireland = plain(lmsInTerminal(['resources', '--region', 'republic of ireland', '--no-pager'], { columns: 200 }).stdout);
    expect(ireland).not.toContain('alone yet');
    expect(ireland.split('\n')[0]).toBe('Sarcoma Cancer Ireland');
    expect(ireland).toContain('Serves    Europe, so Ireland too');
  });

  it('lists the places resources serve with the areas around them, and every place with --all', () => {
    const served = plain(lmsInTerminal(['regions', '--no-pager'], { columns: 100 }).stdout);
    expect(served).toMatch(/^International {2}international {2}\d+ for everyone$/m);
    expect(served).toMatch(/^ {2}Europe {2}europe/m);
    expect(served).toMatch(/^ {4}Ireland {2}ie {2}4 here, \d+ with wider areas$/m);
    expect(served).toMatch(/^ {6}Northern Ireland {2}gb-nir {2}2 here/m);
    expect(served).not.toMatch(/Greece/);
    expect(served).toMatch(/'lms\s+regions\s+--all'\s+lists\s+every\s+place/);
    const all = plain(lmsInTerminal(['regions', '--all', '--no-pager'], { columns: 100 }).stdout);
    expect(all).toMatch(/^ {4}Greece {2}gr {2}0 here, \d+ with wider areas$/m);
    expect(all).toMatch(/^ {6}New York {2}us-ny/m);
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
