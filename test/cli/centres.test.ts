import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lmsInTerminal } from '../helpers/cli.js';
import { lmsIn } from '../helpers/in-process.js';
import { packedFilesOpened } from '../helpers/opened.js';
import { ROOT } from '../helpers/paths.js';

// Where a patient might live, and the centre they should see first (test/fixtures/near-places.json).
const PLACES = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'near-places.json'), 'utf8')) as Array<{ place: string; first?: string; city: string; units: string }>;

interface Nearby {
  distanceKm: number;
  location: { city?: string; country: string; coordinates?: { latitude: number; longitude: number; precision: string; source: string } };
  record: { id: string; name: string; types: string[]; phones: Array<{ e164: string }>; websites: Array<{ url: string }> };
}

const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
const rows = (stdout: string) => stdout.trimEnd().split('\n').map((line) => line.split('\t'));

describe('lms centres --near', () => {
  it.each(PLACES)('from $place, the centre in that town comes first, with its distance', async ({ place, first, city, units }) => {
    const { status, stdout } = await lmsIn(['centres', '--near', place]);
    expect(status).toBe(0);
    const [top, ...rest] = rows(stdout);
    // distance, unit, id, name, city, region, services, phone, website
    expect(top?.[1]).toBe(units);
    expect(Number(top?.[0])).toBeLessThan(units === 'mi' ? 5 : 8);
    expect(top?.[4]).toBe(city);
    if (first) expect(top?.[2]).toBe(first);
    expect(rest.length).toBe(4);
    const distances = [top, ...rest].map((row) => Number(row?.[0]));
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it('gives JSON of the distance, the nearest location and the full record', async () => {
    const [nearest] = JSON.parse((await lmsIn(['centres', '--near', 'leeds', '--json'])).stdout) as Nearby[];
    expect(nearest?.record.id).toBe('leeds-regional-sarcoma-service');
    expect(nearest?.record.phones[0]?.e164).toBe('+441132068966');
    expect(nearest?.location.coordinates?.precision).toBe('town');
    expect(nearest?.location.coordinates?.source).toMatch(/^GeoNames \d+: the centre of Leeds, England, GB$/);
    expect(nearest?.distanceKm).toBeLessThan(1);
  });

  it('places a US ZIP code at its middle, and a centre with a sourced ZIP code by it', async () => {
    const [msk] = JSON.parse((await lmsIn(['centres', '--near', '10065', '--json'])).stdout) as Nearby[];
    expect(msk?.location.coordinates?.precision).toBe('postcode');
    expect(msk?.distanceKm).toBeLessThan(1);
  });

  it('takes the most populous town of a name, says so, and takes a town qualified by state or country', async () => {
    const perth = await lmsIn(['centres', '--near', 'perth', '--limit', '1']);
    expect(perth.stderr).toMatch(/^lms: 'perth' is taken as Perth, Western Australia, Australia, the largest of that name; for another, ask for 'perth, scotland' \(Perth, Scotland, United Kingdom\)/);
    const scotland = rows((await lmsIn(['centres', '--near', 'Perth, Scotland', '--limit', '1'])).stdout)[0];
    expect(scotland?.[5]).toBe('gb-sct');
    expect(rows((await lmsIn(['centres', '--near', 'Portland, OR', '--limit', '1'])).stdout)[0]?.[2]).toBe('ohsu-knight-cancer-institute');
    const ontario = rows((await lmsIn(['centres', '--near', 'London, Ontario', '--limit', '1'])).stdout)[0];
    expect(ontario?.[5]).toBe('ca-on');
    expect(ontario?.[1]).toBe('km');
    expect(rows((await lmsIn(['centres', '--near', 'Malmö', '--limit', '1'])).stdout)[0]?.[4]).toBe('Lund');
    // Letters with no accent to strip are folded too: København is kobenhavn.
    expect(rows((await lmsIn(['centres', '--near', 'København', '--limit', '1'])).stdout)[0]?.[4]).toBe('Lund');
    expect(rows((await lmsIn(['centres', '--near', 'kobenhavn', '--limit', '1'])).stdout)[0]?.[4]).toBe('Lund');
    // A large town that answers to the name by another of its names is offered too.
    expect((await lmsIn(['centres', '--near', 'newcastle', '--limit', '1'])).stderr).toContain("'newcastle, england' (Newcastle upon Tyne, England, United Kingdom)");
    expect(rows((await lmsIn(['centres', '--near', 'newcastle, england', '--limit', '1'])).stdout)[0]?.[2]).toBe('north-of-england-bone-soft-tissue-tumour-service');
  });

  it('measures from LAT,LON, keeps those within a distance, and speaks in the units asked for', async () => {
    const berlin = rows((await lmsIn(['centres', '--near', '52.52,13.40', '--limit', '1'])).stdout)[0];
    expect(berlin?.[2]).toBe('sarkomzentrum-berlin-brandenburg');
    const within = rows((await lmsIn(['centres', '--near', 'leeds', '--within', '40mi', '--limit', '20'])).stdout);
    expect(within.map((row) => row[2])).toEqual(['leeds-regional-sarcoma-service', 'sheffield-sarcoma-service', 'greater-manchester-and-oswestry-sarcoma-service']);
    // A bare number is in the units in force.
    expect(rows((await lmsIn(['centres', '--near', 'leeds', '--within', '40', '--limit', '20'])).stdout)).toEqual(within);
    const km = rows((await lmsIn(['centres', '--near', 'leeds', '--units', 'km', '--limit', '2'])).stdout);
    expect(km[1]?.[1]).toBe('km');
    expect(Number(km[1]?.[0])).toBeCloseTo(Number(within[1]?.[0]) * 1.609, -1);
  });

  it('filters by service and by place, and answers to centers', async () => {
    const bone = JSON.parse((await lmsIn(['centers', '--near', 'leeds', '--service', 'bone', '--json'])).stdout) as Array<{ record: { services: string[] } }>;
    expect(bone.length).toBe(5);
    for (const n of bone) expect(n.record.services).toContain('bone');
    const germany = JSON.parse((await lmsIn(['centres', '--region', 'germany', '--json'])).stdout) as Array<{ id: string; locations: Array<{ country: string }> }>;
    expect(germany.length).toBe(14);
    for (const c of germany) expect(c.locations[0]?.country).toBe('DE');
  });

  it('on a terminal shows cards with the distance, and says how many centres could not be measured', async () => {
    const text = plain(lmsInTerminal(['centres', '--near', 'lisbon', '--limit', '2', '--no-pager'], { columns: 100 }).stdout);
    expect(text).toMatch(/Nearest first from Lisbon, Portugal\./);
    expect(text).toMatch(/^ {2}\d+ km {3,}Seville, Andalusia$/m);
    expect(text).toMatch(/^ {2}In full {3}lms resource /m);
    expect(text).toMatch(/2 centres have no place on the map \(no town, or none lms can place\), so they are not listed/);
  });

  it('never drops a centre without a town from a list by place', async () => {
    const portugal = JSON.parse((await lmsIn(['centres', '--region', 'pt', '--json'])).stdout) as Array<{ id: string; locations: Array<{ city?: string }> }>;
    expect(portugal.map((c) => c.id)).toEqual(['cuf-oncologia']);
    expect(portugal[0]?.locations[0]?.city).toBeUndefined();
    expect((await lmsIn(['centres', '--region', 'wales'])).stdout).toContain('wales-soft-tissue-sarcoma-service');
  });
});

describe('lms centres: bad input', () => {
  it.each([
    [['centres', '--near', 'leedz'], /^lms: unknown place 'leedz' \(did you mean 'leeds'/],
    [['centres', '--near', 'germany'], /^lms: 'germany' is Germany, not a town; .* use --region de\)$/],
    [['centres', '--within', '50km'], /^lms: --within needs --near/],
    [['centres', '--near', 'leeds', '--within', '-5km'], /^lms: --within '-5km' is negative/],
    [['centres', '--near', 'leeds', '--within', 'far'], /^lms: --within 'far' is not a distance; give a number with km or mi/],
    [['centres', '--near', '95,10'], /^lms: '95,10' is off the map: latitude runs from -90 to 90/],
    [['centres', '--near', 'LS1 3EX'], /^lms: 'LS1 3EX' looks like a UK postcode; lms has no postcode data for the UK/],
    [['centres', '--near', '00000'], /^lms: unknown ZIP code '00000'/],
    [['centres', '--near', 'leeds', '--units', 'furlongs'], /^lms: --units takes km or mi, not 'furlongs'/],
    [['centres', '--service', 'bones-and-stuff'], /^lms: unknown service 'bones-and-stuff'/],
  ])('lms %j exits 2 with one line', async (args, message) => {
    const { status, stdout, stderr } = await lmsIn(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });
});

describe('centres everywhere else', () => {
  it('lms resources --near lists records with a location, nearest first', async () => {
    const near = rows((await lmsIn(['resources', '--near', 'auckland', '--within', '50km'])).stdout);
    expect(near.map((row) => row[2])).toEqual(['northern-regional-sarcoma-service']);
  });

  it('search finds centres by name, other name and town', async () => {
    const first = async (query: string) => rows((await lmsIn(['search', query, '--limit', '1'])).stdout)[0]?.[1];
    expect(await first('sarcoma centre leeds')).toBe('leeds-regional-sarcoma-service');
    expect(await first('christie')).toBe('greater-manchester-and-oswestry-sarcoma-service');
    expect(await first('karolinska')).toBe('karolinska-universitetssjukhuset');
  });

  it('the after-diagnosis section ends with how to find a centre; about counts them; completion knows the services', async () => {
    const section = (await lmsIn(['section', 'after-diagnosis', '--format', 'text'])).stdout;
    expect(section).toContain('lms centres --near <your town>');
    expect(section.indexOf('lms centres --near')).toBeGreaterThan(section.indexOf('multidisciplinary team deals'));
    expect((await lmsIn(['about', '--format', 'text'])).stdout).toMatch(/161 specialist sarcoma treatment centres in 28 countries/);
    expect((await lmsIn(['completion', 'bash'])).stdout).toMatch(/soft-tissue.*retroperitoneal.*clinical-trials/);
  });

  it('a country handout lists its centres; a larger place a spread of them, saying how many it knows', async () => {
    const de = JSON.parse((await lmsIn(['handout', '--region', 'de', '--format', 'json'])).stdout) as { centres: Array<{ name: string; place: string }>; resources: Array<{ name: string }> };
    expect(de.centres).toHaveLength(14);
    expect(de.centres).toContainEqual(expect.objectContaining({ name: 'Sarkomzentrum Berlin-Brandenburg', place: 'Berlin' }));
    expect(de.resources.map((r) => r.name)).not.toContain('Sarkomzentrum Berlin-Brandenburg');
    expect((await lmsIn(['handout', '--region', 'us', '--format', 'md'])).stdout).toMatch(/These 10 of the 46 specialist sarcoma centres lms knows in the United States are spread across it: each of the others is within \d+ mi of one of them/);
  });
});

describe('the gazetteer', () => {
  /** The gazetteer files a run opens, reported by a preloaded hook on fs. */
  const opened = packedFilesOpened;

  it.each([['resources'], ['resources', '--region', 'uk'], ['resource', 'nci'], ['search', 'leeds'], ['regions'], ['types'], ['about'], ['centres'], ['centres', '--region', 'de']])(
    'is not opened by lms %s, which asks for no place',
    (...args) => {
      expect(opened(args)).toEqual([]);
    },
  );

  it('is opened by a command that asks for a place, and only the files it needs', async () => {
    expect(opened(['centres', '--near', 'leeds']).map((line) => line.replace(/.*gazetteer-/, ''))).toEqual(['names.txt', 'towns.txt', 'areas.txt']);
    expect(opened(['centres', '--near', '10065']).map((line) => line.replace(/.*gazetteer-/, ''))).toEqual(['zips.txt']);
  });
});
