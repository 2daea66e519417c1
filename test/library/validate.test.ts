import { describe, expect, it } from 'vitest';
import { DataError, loadDirectory, validateDirectory } from '../../src/index.js';
import type { RawDirectory } from '../../src/index.js';

const shipped = loadDirectory();
const raw = (): RawDirectory => structuredClone(shipped) as unknown as RawDirectory;

function problems(change: (data: { resources: Record<string, unknown>[]; sections: Record<string, unknown>[] }) => void): string[] {
  const data = raw();
  change(data as unknown as { resources: Record<string, unknown>[]; sections: Record<string, unknown>[] });
  try {
    validateDirectory(data);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).problems;
  }
  return [];
}

describe('validateDirectory', () => {
  it('accepts the shipped data', () => {
    expect(() => validateDirectory(raw())).not.toThrow();
  });

  it.each<[string, (d: { resources: Record<string, unknown>[]; sections: Record<string, unknown>[] }) => void, RegExp]>([
    ['a phone that is not E.164', (d) => ((d.resources[0]!.phones as Record<string, unknown>[])[0]!.e164 = '800 422 6237'), /record 1 \("nci"\): phones\[0\]\.e164 must be the number in international form, a \+ and digits only, like \+441134960000/],
    ['an unknown status', (d) => (d.resources[1]!.status = 'open'), /record 2 \("leiomyosarcoma-info"\): status must be one of: "active", "unknown", "merged", "closed"/],
    ['a missing field', (d) => delete d.resources[2]!.sources, /record 3 \("leiomyosarcoma-org-uk"\) is missing the required field "sources"/],
    ['an unknown field', (d) => (d.resources[0]!.fax = '1'), /record 1 \("nci"\) has an unknown field "fax"/],
    ['a date that is not a date', (d) => ((d.resources[0]!.verification as Record<string, unknown>).checked = '25/11/2026'), /record 1 \("nci"\): verification\.checked must be a date like 2026-11-25$/],
    ['a web address that is not a URL', (d) => ((d.resources[0]!.websites as Record<string, unknown>[])[0]!.url = 'cancer.gov'), /websites\[0\]\.url must be a web address starting with https:\/\/ or http:\/\/$/],
    ['a merged record with no successor', (d) => delete d.resources.find((r) => r.id === 'cancerbackup')!.successor, /"cancerbackup"\) is missing the required field "successor"/],
    ['an unknown region', (d) => (d.resources[0]!.regions = ['mars']), /record 1 \("nci"\): regions has unknown region "mars"; 'lms regions --all' lists every region id/],
    ['an unknown type', (d) => (d.resources[0]!.types = ['spaceship']), /types has unknown type "spaceship"/],
    ['a duplicate id', (d) => (d.resources[1]!.id = 'nci'), /id "nci" is used by more than one record/],
    ['a successor that does not exist', (d) => (d.resources.find((r) => r.id === 'cancerbackup')!.successor = { name: 'X', id: 'nowhere' }), /successor\.id "nowhere" is not a record/],
    ['a section linking an unknown resource', (d) => ((d.sections[7]!.blocks as Record<string, unknown>[])[0]!.resources = ['nowhere']), /links unknown resource "nowhere"/],
    ['a missing disclaimer', (d) => d.sections.splice(8, 1), /the "disclaimer" section is missing/],
  ])('reports %s, naming the record and the field', (_, change, expected) => {
    const found = problems(change);
    expect(found.some((p) => expected.test(p)), found.join('\n')).toBe(true);
  });
});
