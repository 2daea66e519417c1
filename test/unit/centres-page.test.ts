import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../../src/data/shipped.js';
import { LONG_LIST, centresPageHtml } from '../../src/format/centres-page.js';
import { namer } from '../../src/format/markers.js';
import { numbered } from '../../src/map/centres-map.js';
import { centresIn } from '../../src/query/centres.js';

const directory = loadDirectory();
const page = (region: string) => ({
  title: `Centres in ${region}`,
  intro: 'By name.',
  paper: 'A4' as const,
  centres: numbered(centresIn(directory, region).map((record) => ({ record }))),
  notes: [],
  names: namer(directory.vocabularies),
  disclaimer: 'Not medical advice.',
  version: '9.9.9',
});

describe('centresPageHtml', () => {
  it('numbers the centres on the map and lists one with no town without a number, saying why', () => {
    const html = centresPageHtml(page('uk'), undefined);
    expect(html).toContain('<span class="number">1</span> Birmingham Sarcoma Service');
    expect(html).toMatch(/<span class="number none">–<\/span> Wales soft tissue sarcoma service[^]*?no town in its sources, not on the map/);
    expect(html).toContain('<b class="nb">0113 2068966</b>');
    expect(html).toContain('no phone in its sources');
    expect(html).toContain('@page { size: A4;');
    expect(html).not.toContain('<figure>');
  });

  it('prints a long list smaller', () => {
    expect(page('europe').centres.length).toBeGreaterThan(LONG_LIST);
    expect(centresPageHtml(page('europe'), undefined)).toContain('<body class="long">');
    expect(centresPageHtml(page('uk'), undefined)).toContain('<body>');
  });

  it('puts the map and its caption above the list', () => {
    const html = centresPageHtml(page('ie'), { svg: '<svg></svg>', caption: ['Numbers match the list.', 'Outlines: Natural Earth.'] });
    expect(html).toContain('<figure><svg></svg><figcaption>Numbers match the list. Outlines: Natural Earth.</figcaption></figure>');
    expect(html.indexOf('<figure>')).toBeLessThan(html.indexOf('<ol class="centres">'));
  });
});
