import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/data/shipped.js';
import { FORMATS } from '../../src/format/formats.js';
import { FORMATTERS, VIEW_FORMATS, formatsOf } from '../../src/format/registry.js';
import type { View } from '../../src/format/registry.js';
import { NO_PAINT } from '../../src/format/style.js';
import type { Style } from '../../src/format/style.js';
import { render } from '../../src/kit/rendering.js';
import { sampleRecord } from '../helpers/records.js';
import { listingOf } from '../../src/data/listing.js';

const pipe: Style = { color: NO_PAINT, width: Infinity, wrapText: (text) => text, link: (url) => url };
const vocabularies = loadDirectory().vocabularies;

describe('the formatter registry', () => {
  it('offers a command the formats all of its views print, in the order of FORMATS', () => {
    expect(formatsOf(['resources', 'nearby'])).toEqual(['json', 'ndjson', 'tsv', 'csv', 'text', 'md']);
    expect(formatsOf(['centres', 'nearby'])).toEqual(['json', 'ndjson', 'tsv', 'csv', 'text', 'md', 'html']);
    expect(formatsOf(['export'])).toContain('hsds');
    expect(formatsOf(['section'])).toEqual(['json', 'ndjson', 'text', 'md']);
  });

  it('has, for every view, a formatter for each of its formats and for no other, text among them', async () => {
    for (const [kind, load] of Object.entries(FORMATTERS)) {
      const table = await load();
      expect(Object.keys(table).sort(), kind).toEqual([...VIEW_FORMATS[kind as keyof typeof VIEW_FORMATS]].sort());
      expect(VIEW_FORMATS[kind as keyof typeof VIEW_FORMATS].filter((f) => f !== 'terminal' && !(FORMATS as readonly string[]).includes(f)), kind).toEqual([]);
      expect(table.text, kind).toBeTypeOf('function');
    }
  });
});

describe('formatters, on views', () => {
  const record = sampleRecord({ phones: [{ display: '0113 496 0000', e164: '+441134960000', label: 'Group\tcoordinator', confidence: 'high' }] });
  const resources: View = { kind: 'resources', matches: [{ resource: record, listing: listingOf(record), status: record.status }], vocabularies, hidden: 2 };

  it('print a list as one row per record, its fields joined, in TSV and CSV', async () => {
    expect(await render(resources, 'tsv', pipe)).toBe('leeds-sarcoma-support-group\tLeeds Sarcoma Support Group\tactive\tuk\tsupport\t+441134960000\thttps://example.org/leeds\n');
    expect((await render(resources, 'csv', pipe)).split('\r\n')[0]).toBe('id,name,status,regions,types,phone,website');
  });

  it('print JSON as the data files hold it, and NDJSON a record a line', async () => {
    expect(JSON.parse(await render(resources, 'json', pipe))).toEqual([record]);
    expect((await render(resources, 'ndjson', pipe)).trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual([record]);
  });

  it('say in the text how many are shown and how to see those left out', async () => {
    const text = await render(resources, 'text', pipe);
    expect(text).toContain('Leeds Sarcoma Support Group');
    expect(text.trimEnd().split('\n').at(-1)).toBe('1 shown. 2 merged or closed not shown: add --all.');
  });

  it('print nothing for an empty list, whose note the edge says on stderr', async () => {
    const empty: View = { kind: 'resources', matches: [], vocabularies, hidden: 0, empty: 'No resources match these filters.' };
    expect(await render(empty, 'text', pipe)).toBe('');
    expect(await render(empty, 'tsv', pipe)).toBe('');
  });

  it('end text with a line break, and keep a template JSON whatever the format asked', async () => {
    const template: View = { kind: 'template', record };
    expect(JSON.parse(await render(template, 'text', pipe))).toEqual(record);
    expect(await render(template, 'md', pipe)).toMatch(/^```json\n\{[\s\S]*\}\n```\n$/);
    const sections: View = { kind: 'sections', sections: loadDirectory().sections.slice(0, 1) };
    expect(await render(sections, 'text', pipe)).toMatch(/\n$/);
  });

  it('refuse a format a view has none for, as a fault of lms, not of the user', async () => {
    await expect(render({ kind: 'completion', script: 'complete -F _lms lms' }, 'json', pipe)).rejects.toThrow('the completion view has no json formatter');
  });
});
