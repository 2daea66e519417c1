import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { AnySchema } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { lms } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { tempDir, writeData } from '../helpers/temp.js';

// The official HSDS 3.0 schema and example (Open Referral, CC BY-SA 4.0), vendored unmodified in test/fixtures/hsds.
const HSDS = join(ROOT, 'test', 'fixtures', 'hsds');
const published = JSON.parse(readFileSync(join(HSDS, 'schema', 'compiled', 'organization_package.json'), 'utf8')) as Record<string, unknown>;
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** A copy with every object closed: only the fields HSDS defines, plus our x_ extension fields. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'example' ? value : closed(value);
  if (copy.type === 'object' && copy.properties) {
    copy.additionalProperties = false;
    copy.patternProperties = { '^x_': {} };
  }
  return copy;
}

function validator(schema: unknown) {
  // strict off: the HSDS files carry documentation keywords (core, datapackage_metadata, …) that are not validation rules.
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  return ajv.compile(schema as AnySchema);
}

const exported = JSON.parse(lms(['export', '--format', 'hsds']).stdout) as Array<Record<string, unknown>>;

describe('lms export --format hsds', () => {
  it('writes every record, merged and closed included, as an HSDS organization with one service', () => {
    expect(exported).toHaveLength(217);
    const nci = exported.find((o) => o.x_lms_id === 'nci') as { services: Array<Record<string, unknown>> };
    const service = nci.services[0] as { phones: Array<{ number: string }>; service_areas: Array<{ name: string }>; attributes: Array<{ taxonomy_term: { code: string; taxonomy: string } }>; assured_date: string; status: string };
    expect(service.status).toBe('active');
    expect(service.assured_date).toBe('2026-11-25');
    expect(service.phones.map((p) => p.number)).toEqual(['+18004226237']);
    expect(service.service_areas.map((a) => a.name)).toEqual(['United States']);
    expect(service.attributes.map((a) => a.taxonomy_term.code)).toEqual(['government', 'helpline', 'information', 'research']);
    expect(new Set(service.attributes.map((a) => a.taxonomy_term.taxonomy))).toEqual(new Set(['lms-resource-types']));
    const closedOne = exported.find((o) => o.x_lms_id === 'liddy-shriver') as { services: Array<{ status: string }> };
    expect(closedOne.services[0]?.status).toBe('defunct');
  });

  it('validates against the official compiled schema as published', () => {
    const validate = validator(published);
    expect(validate(exported), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('validates with every object closed, allowing only x_ extension fields', () => {
    const validate = validator(closed(published));
    expect(validate(exported), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The closed schema does catch a field HSDS does not define.
    const tampered = structuredClone(exported);
    (tampered[0] as Record<string, unknown>).nickname = 'x';
    expect(validate(tampered)).toBe(false);
  });

  it('gives the same record the same UUIDs every time, and distinct ones across records', () => {
    expect(JSON.parse(lms(['export', '--format', 'hsds']).stdout)).toEqual(exported);
    const orgIds = exported.map((o) => o.id as string);
    expect(new Set(orgIds).size).toBe(orgIds.length);
    for (const id of orgIds) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('honours the usual filters', () => {
    const uk = JSON.parse(lms(['export', '--format', 'hsds', '--region', 'uk', '--status', 'active']).stdout) as Array<{ x_lms_id: string }>;
    expect(uk.map((o) => o.x_lms_id)).toContain('sarcoma-uk');
    expect(uk.map((o) => o.x_lms_id)).not.toContain('nci');
    expect(uk.map((o) => o.x_lms_id)).not.toContain('cancerbackup');
  });

  it('loads back with --data exactly as it was', () => {
    const file = writeData(tempDir(), 'directory.hsds.json', exported);
    const { status, stdout } = lms(['resources', '--all', '--json', '--data', file]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(lms(['resources', '--all', '--json']).stdout));
  });
});

describe('importing HSDS written elsewhere', () => {
  it("reads Open Referral's own full example organization", () => {
    const example = readFileSync(join(HSDS, 'examples', 'organization_full.json'), 'utf8');
    const file = writeData(tempDir(), 'example.json', example);
    expect(lms(['validate', file]).status).toBe(0);
    const { status, stdout, stderr } = lms(['resources', '--data', file, '--region', 'us', '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const record = (JSON.parse(stdout) as Array<Record<string, unknown>>).find((r) => r.name === 'Example Organization Inc.');
    expect(record).toMatchObject({
      id: 'hsds-example-organization-inc',
      types: ['unclassified'],
      regions: ['us'],
      status: 'active',
      origin: 'added',
      verification: { checked: '2005-01-01', method: 'imported', confidence: 'medium' },
    });
    expect((record?.phones as Array<{ e164: string }>).map((p) => p.e164)).toContain('+441234234567');
  });

  it('places an organization by the country of its address (Ireland) and by service areas named in any language', () => {
    const file = writeData(tempDir(), 'ireland.json', [
      { id: 'a', name: 'Dublin Sarcoma Circle', description: 'A support group.', locations: [{ id: 'l', addresses: [{ id: 'ad', address_1: '1 Main Street', city: 'Dublin', country: 'IE', address_type: 'physical', state_province: 'Dublin', postal_code: 'D01', attention: null, address_2: null, region: null }] }], services: [{ id: 's', name: 'Group', status: 'active' }] },
      { id: 'b', name: 'Sarkom Hilfe Bayern', description: 'Eine Gruppe.', services: [{ id: 't', name: 'Gruppe', status: 'active', service_areas: [{ id: 'sa', name: 'Deutschland' }] }] },
      { id: 'c', name: 'Peachtree Sarcoma Friends', description: 'A group.', services: [{ id: 'u', name: 'Group', status: 'active', service_areas: [{ id: 'sb', name: 'Georgia', extent: 'US-GA' }] }] },
    ]);
    const run = (region: string) => lms(['resources', '--data', file, '--region', region, '--json']);
    const first = (region: string) => (JSON.parse(run(region).stdout) as Array<{ name: string; regions: string[]; origin: string; sources: Array<{ citation?: string }> }>).find((r) => r.sources.some((s) => s.citation?.includes('ireland.json')));
    expect(run('ireland').status).toBe(0);
    expect(first('ireland')).toMatchObject({ name: 'Dublin Sarcoma Circle', regions: ['ie'] });
    expect(first('germany')).toMatchObject({ name: 'Sarkom Hilfe Bayern', regions: ['de'] });
    // A name two places share is the country; the area's extent gives the state.
    expect(first('georgia, us')?.name).toBe('Peachtree Sarcoma Friends');
  });

  it('reads locations under services[].service_at_locations: addresses, coordinates as given, or the town placed by the gazetteer', () => {
    const address = (city: string, country: string, state: string) => ({ id: `ad-${city}`, address_1: '1 Hospital Road', city, state_province: state, postal_code: '', country, address_type: 'physical' });
    const file = writeData(tempDir(), 'clinics.json', [
      {
        id: 'o1',
        name: 'Yorkshire Sarcoma Clinic',
        description: 'A clinic.',
        services: [{ id: 's1', name: 'Clinic', status: 'active', service_at_locations: [{ id: 'sal1', location: { id: 'l1', location_type: 'physical', addresses: [address('Harrogate', 'GB', 'England')] } }] }],
      },
      {
        id: 'o2',
        name: 'Bradford Sarcoma Clinic',
        description: 'Another clinic.',
        services: [{ id: 's2', name: 'Clinic', status: 'active', service_at_locations: [{ id: 'sal2', location: { id: 'l2', location_type: 'physical', latitude: 53.7938, longitude: -1.7564, addresses: [address('Bradford', 'GB', 'England')] } }] }],
      },
    ]);
    expect(lms(['validate', file]).status).toBe(0);
    // A US location with a ZIP code is placed by it, as the build places the shipped centres.
    const zipped = writeData(tempDir(), 'zipped.json', [
      {
        id: 'o3',
        name: 'Upper East Side Sarcoma Clinic',
        description: 'A clinic.',
        services: [{ id: 's3', name: 'Clinic', status: 'active', service_at_locations: [{ id: 'sal3', location: { id: 'l3', location_type: 'physical', addresses: [{ ...address('New York', 'US', 'NY'), postal_code: '10065' }] } }] }],
      },
    ]);
    const [clinic] = JSON.parse(lms(['resources', '--data', zipped, '--near', '10065', '--limit', '1', '--type', 'unclassified', '--json']).stdout) as Array<{ location: { coordinates: { precision: string; source: string } } }>;
    expect(clinic?.location.coordinates.precision).toBe('postcode');
    expect(clinic?.location.coordinates.source).toBe('US Census: the middle of ZIP code area 10065; placed by lms from the ZIP code the imported file gives');
    const { status, stdout, stderr } = lms(['resources', '--data', file, '--near', 'leeds', '--within', '20mi', '--json']);
    expect(stderr).toMatch(/'leeds' is taken as Leeds/);
    expect(status).toBe(0);
    const near = JSON.parse(stdout) as Array<{ record: { name: string; regions: string[] }; location: { city: string; coordinates: { precision: string; source: string } } }>;
    const byName = new Map(near.map((n) => [n.record.name, n]));
    expect(byName.get('Bradford Sarcoma Clinic')?.location.coordinates).toMatchObject({ precision: 'given', source: 'The imported file clinics.json' });
    expect(byName.get('Yorkshire Sarcoma Clinic')?.location.coordinates.precision).toBe('town');
    expect(byName.get('Yorkshire Sarcoma Clinic')?.location.coordinates.source).toMatch(/^GeoNames \d+: the centre of Harrogate, England, GB; placed by lms from the town the imported file gives$/);
    expect(byName.get('Yorkshire Sarcoma Clinic')?.record.regions).toEqual(['gb-eng']);
  });

  it('writes each centre location as an HSDS location with coordinates and an address, and reads it back', () => {
    const leeds = exported.find((o) => o.x_lms_id === 'leeds-regional-sarcoma-service') as { locations: Array<{ latitude: number; longitude: number; addresses: Array<{ city: string; country: string; address_1: string }> }>; services: Array<{ service_at_locations: Array<{ location_id: string }> }> };
    expect(leeds.locations[0]?.latitude).toBeCloseTo(53.8, 1);
    expect(leeds.locations[0]?.addresses[0]).toMatchObject({ city: 'Leeds', country: 'GB', address_1: "Bexley Wing, St James's University Hospital" });
    expect(leeds.services[0]?.service_at_locations).toHaveLength(1);
  });

  it('refuses an organization with no region it can read, naming it', () => {
    const file = writeData(tempDir(), 'nowhere.json', [{ id: 'a', name: 'Somewhere Group', description: 'A group.', services: [{ id: 's', name: 'Help', status: 'active' }] }]);
    const { status, stderr } = lms(['validate', file]);
    expect(status).toBe(1);
    // Every problem on stderr, whatever stdout is (here a pipe's table).
    expect(stderr).toMatch(/^lms: .*nowhere\.json: record 1 \("Somewhere Group"\) has no region lms knows/);
    expect(lms(['resources', '--data', file]).stderr).toMatch(/nowhere\.json: record 1 \("Somewhere Group"\) has no region lms knows/);
  });

  it('reports HSDS that breaks its shape, by record and field', () => {
    const file = writeData(tempDir(), 'shape.json', [{ id: 'a', name: 'X', services: [{ id: 's', name: 'Help', status: 'open' }] }]);
    expect(lms(['resources', '--data', file]).stderr).toMatch(/shape\.json: record 1 \("a"\): services\[0\]\.status must be one of: "active", "inactive", "defunct", "temporarily closed"/);
  });
});
