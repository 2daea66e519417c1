import { describe, expect, it } from 'vitest';
import { lms } from '../helpers/cli.js';
import { tempDir, writeData } from '../helpers/temp.js';

interface Record {
  id: string;
  name: string;
  status: string;
  types: string[];
  phones: Array<{ e164: string }>;
}

/** An HSDS organization with an address in Tampa, Florida. */
const organization = (id: string, name: string, extra: object = {}) => ({
  id,
  name,
  description: 'A local office.',
  services: [{ id: `${id}-service`, name: 'Local office', status: 'inactive', phones: [] }],
  locations: [{ id: `${id}-place`, location_type: 'physical', addresses: [{ id: `${id}-address`, address_1: '1 Main St', city: 'Tampa', state_province: 'FL', postal_code: '33602', country: 'US', address_type: 'physical' }] }],
  ...extra,
});

const load = (organizations: object[], args: string[]) => lms([...args, '--data', writeData(tempDir(), 'export.json', JSON.stringify(organizations)), '--json']);

describe('ids of imported organizations', () => {
  it('never replace a curated record by name: the import is added beside it, and stderr says which it resembles', () => {
    const { status, stdout, stderr } = load([organization('org-1', 'American Cancer Society')], ['resources', '--all']);
    expect(status).toBe(0);
    const records = JSON.parse(stdout) as Record[];
    const curated = records.find((r) => r.id === 'american-cancer-society');
    expect(curated?.status).toBe('active');
    expect(curated?.types).toContain('helpline');
    expect(curated?.phones.map((p) => p.e164)).toContain('+18002272345');
    expect(records.find((r) => r.id === 'hsds-american-cancer-society')?.name).toBe('American Cancer Society');
    expect(stderr).toMatch(/export\.json: 'hsds-american-cancer-society' has the name of 'american-cancer-society', which stays as it is/);
    expect(JSON.parse(lms(['resources', '--type', 'helpline', '--region', 'us', '--json']).stdout).map((r: Record) => r.id)).toContain('american-cancer-society');
  });

  it('are valid, unique and the same on every load, for names that repeat or hold no Latin letter', () => {
    const organizations = [
      organization('service-provider-1', 'Food Bank'),
      organization('service-provider-2', 'Food Bank'),
      organization('service-provider-3', 'Food Bank'),
      organization('x', '日本肉腫'),
      organization('y', '---'),
    ];
    const ids = () => (JSON.parse(load(organizations, ['resources', '--region', 'us-fl']).stdout) as Record[]).map((r) => r.id).filter((id) => id.startsWith('hsds-'));
    const first = ids();
    expect(first).toHaveLength(5);
    expect(new Set(first).size).toBe(5);
    for (const id of first) expect(id).toMatch(/^hsds-[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(first).toContain('hsds-food-bank');
    expect(ids()).toEqual(first);
  });

  it('replace a curated record only when the file names its id (x_lms_id), and say so', () => {
    const { status, stdout, stderr } = load([organization('org-1', 'American Cancer Society, Tampa', { x_lms_id: 'american-cancer-society' })], ['resource', 'american-cancer-society']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as Record).name).toBe('American Cancer Society, Tampa');
    expect(stderr).toMatch(/record 'american-cancer-society' replaces the one loaded before it/);
  });
});

describe('phones of imported organizations', () => {
  it('lists each number once, however many services repeat it', () => {
    const phone = (number: string, extension?: string) => ({ id: `p-${number}-${extension ?? ''}`, number, ...(extension ? { extension } : {}) });
    const services = Array.from({ length: 20 }, (_, i) => ({ id: `s${i}`, name: `Service ${i}`, status: 'active', phones: [phone('+1 813 555 0100'), phone('+1 813 555 0101'), phone('+1 813 555 0100', '12')] }));
    const { status, stdout } = load([organization('org-9', 'Tampa Help Line', { phones: [phone('(813) 555-0100')], services })], ['resource', 'hsds-tampa-help-line']);
    expect(status).toBe(0);
    const phones = (JSON.parse(stdout) as { phones: Array<{ e164: string; display: string }> }).phones;
    expect(phones.map((p) => `${p.e164} ${p.display}`)).toEqual(['+18135550100 (813) 555-0100', '+18135550101 +1 813 555 0101', '+18135550100 +1 813 555 0100 ext. 12']);
  });
});
