import type { Resource } from '../../src/model.js';

/** A complete, valid record in the project's format, as a support group might write one. */
export function sampleRecord(overrides: Partial<Resource> = {}): Resource {
  return {
    id: 'leeds-sarcoma-support-group',
    name: 'Leeds Sarcoma Support Group',
    aliases: [],
    formerNames: [],
    types: ['support'],
    regions: ['uk'],
    status: 'active',
    description: 'A monthly meeting for people with sarcoma and their families in Leeds.',
    websites: [{ url: 'https://example.org/leeds', label: 'Group page', confidence: 'high' }],
    phones: [{ display: '0113 496 0000', e164: '+441134960000', label: 'Group coordinator', confidence: 'high' }],
    addresses: [],
    locations: [],
    services: [],
    standing: [],
    gaps: [],
    asListed: null,
    origin: 'added',
    sources: [{ citation: 'The group coordinator, by phone' }],
    verification: { checked: '2026-11-01', method: 'phone call', confidence: 'high', notes: 'Confirmed with the coordinator.' },
    ...overrides,
  };
}
