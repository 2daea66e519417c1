import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lms } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeData } from '../helpers/temp.js';

// Open Referral's own full example organization (vendored unmodified), shaped as other publishers serve it.
const example = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'hsds', 'examples', 'organization_full.json'), 'utf8')) as Record<string, unknown> & { services: Array<Record<string, unknown>> };
const { services, ...organization } = example;
const dir = tempDir();

const imported = (file: string) => {
  const { status, stdout, stderr } = lms(['resources', '--data', file, '--region', 'us', '--json']);
  const records = status === 0 ? (JSON.parse(stdout) as Array<{ id: string; name: string }>).filter((r) => r.id.startsWith('hsds-')) : [];
  return { status, stderr, names: records.map((r) => r.name) };
};

describe('HSDS as published', () => {
  it('reads a page of an HSDS API, and says it is one page of several', () => {
    const file = writeData(dir, 'page.json', { total_items: 120, total_pages: 3, page_number: 1, size: 50, first_page: true, last_page: false, empty: false, contents: [example] });
    const { status, stderr, names } = imported(file);
    expect(status).toBe(0);
    expect(names).toEqual(['Example Organization Inc.']);
    expect(stderr).toBe(`lms: ${file}: is a page of an HSDS API, page 1 of 3 (120 items in all); only the 1 item of this page is read\n`);
  });

  it('reads a list of services with their organization embedded as the organizations', () => {
    const file = writeData(dir, 'services.json', services.map((s) => ({ ...s, organization })));
    const { status, stderr, names } = imported(file);
    expect(status).toBe(0);
    expect(names).toEqual(['Example Organization Inc.']);
    expect(stderr).toMatch(/services\.json: is a list of \d+ HSDS services?; read as the 1 organization they belong to/);
  });

  it.each([
    ['services without their organizations', 'bare-services.json', JSON.stringify(services.map((s) => ({ ...s, organization_id: organization.id }))), /is a list of HSDS services without their organizations \(only organization_id\)/],
    ['newline-delimited JSON', 'lines.ndjson', `${JSON.stringify(example)}\n${JSON.stringify(example)}\n`, /is newline-delimited JSON \(an object per line\); lms reads one JSON array/],
    ['an HSDS 2.x data package', 'datapackage.json', JSON.stringify({ name: 'hsds', resources: [{ name: 'organizations', path: 'organizations.csv' }] }), /is an HSDS 2\.x data package \(CSV files\)/],
    ['Ohana API JSON', 'ohana.json', JSON.stringify([{ id: 1, name: 'Food Pantry', slug: 'food-pantry', short_desc: 'Food.', accessibility: [] }]), /is Ohana API JSON \(HSDS 2\.x\)/],
  ])('names %s in one line, with the file as typed', (_, name, text, message) => {
    const file = writeData(dir, name, text);
    const { status, stdout, stderr } = lms(['resources', '--data', file]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(lines[0]?.startsWith(`lms: ${file}: `)).toBe(true);
  });
});

describe('what an imported organization offers', () => {
  const organizationWithServices = [
    {
      id: 'org-1',
      name: 'Tampa Cancer Help',
      description: 'A local charity.',
      locations: [{ id: 'l1', location_type: 'physical', addresses: [{ id: 'a1', address_1: '1 Main St', city: 'Tampa', state_province: 'FL', postal_code: '33602', country: 'US', address_type: 'physical' }] }],
      services: [
        {
          id: 's1',
          name: 'Rides to treatment',
          description: 'Volunteer drivers take patients to appointments.',
          status: 'active',
          schedules: [{ id: 'sc1', description: 'Weekdays 8am to 5pm' }],
          languages: [{ id: 'la', name: 'English' }, { id: 'lb', name: 'Spanish' }],
          fees_description: 'Free',
          eligibility_description: 'Adults in active cancer treatment in Hillsborough County',
          phones: [{ id: 'p1', number: '+1 813 555 0100' }],
        },
        { id: 's2', name: 'Tampa Cancer Help', description: 'A local charity.', status: 'active', phones: [{ id: 'p2', number: '(813) 555-0100' }] },
        { id: 's3', name: 'Support group', status: 'active', schedules: [{ id: 'sc2', byday: 'TU,TH', opens_at: '18:00', closes_at: '19:30' }] },
      ],
    },
  ];

  it('shows each service on the card with its hours, languages, fees and who it is for; the service that repeats the organization is not one', () => {
    const file = writeData(dir, 'offers.json', organizationWithServices);
    const { status, stdout } = lms(['resource', 'hsds-tampa-cancer-help', '--data', file, '--format', 'text']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Offers {4}Rides to treatment: Volunteer drivers take patients to appointments\./);
    expect(stdout).toContain('Hours: Weekdays 8am to 5pm');
    expect(stdout).toContain('Languages: English, Spanish');
    expect(stdout).toContain('Fees: Free');
    expect(stdout).toContain('For: Adults in active cancer treatment in Hillsborough County');
    expect(stdout).toContain('Hours: Tue, Thu 18:00–19:30');
    const record = JSON.parse(lms(['resource', 'hsds-tampa-cancer-help', '--data', file, '--json']).stdout) as { offers: Array<{ name: string }>; phones: unknown[] };
    expect(record.offers.map((o) => o.name)).toEqual(['Rides to treatment', 'Support group']);
    expect(record.phones).toHaveLength(1);
  });

  it('keeps them through an HSDS export and back', () => {
    const file = writeData(dir, 'offers-in.json', organizationWithServices);
    const original = JSON.parse(lms(['resource', 'hsds-tampa-cancer-help', '--data', file, '--json']).stdout) as Record<string, unknown>;
    const exported = lms(['export', '--format', 'hsds', '--data', file, '--region', 'us-fl']).stdout;
    const again = writeData(dir, 'offers-again.json', exported);
    const back = JSON.parse(lms(['resource', 'hsds-tampa-cancer-help', '--data', again, '--json']).stdout) as Record<string, unknown>;
    expect(back.offers).toEqual(original.offers);
    expect(lms(['export', '--format', 'csv', '--data', file, '--region', 'us-fl']).stdout).toMatch(/Rides to treatment; Support group/);
  });
});

describe('services shaped as HSDS-UK publishes them', () => {
  it('reads the organization each service embeds, and its physical address', () => {
    // As the Open Referral UK validator's examples: services at the top, each with its organization and locations.
    const ukServices = [
      {
        id: 'svc-1',
        name: 'Befriending for people with cancer',
        description: 'Weekly visits from a trained volunteer.',
        status: 'active',
        organization: { id: 'org-uk-1', name: 'Leeds Cancer Friends', description: 'A Leeds charity for people living with cancer.', url: 'https://example.org.uk' },
        service_at_locations: [{ id: 'sal-1', location: { id: 'loc-1', name: 'Community hall', physical_addresses: [{ id: 'pa-1', address_1: '1 Park Row', city: 'Leeds', postal_code: 'LS1 5HD', country: 'GB' }] } }],
        languages: [{ id: 'l1', language: 'English', name: 'English' }],
      },
    ];
    const file = writeData(dir, 'uk-services.json', ukServices);
    const { status, stdout, stderr } = lms(['resources', '--data', file, '--near', 'leeds', '--json']);
    expect(stderr).toMatch(/is a list of 1 HSDS service; read as the 1 organization they belong to/);
    expect(status).toBe(0);
    const [first] = JSON.parse(stdout) as Array<{ record: { id: string; offers: Array<{ name: string }> }; location: { city: string; country: string } }>;
    expect(first?.record.id).toBe('hsds-leeds-cancer-friends');
    expect(first?.location).toMatchObject({ city: 'Leeds', country: 'GB' });
    expect(first?.record.offers.map((o) => o.name)).toEqual(['Befriending for people with cancer']);
  });
});
