import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlPage, unbrokenHtml } from '../../src/format/markup.js';
import { strokeText, strokeWidthOf } from '../../src/map/glyphs.js';

describe('escapeHtml', () => {
  it('escapes markup and shows control characters instead of passing them on', () => {
    expect(escapeHtml(`<b>"Tom" & 'Jerry'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;');
    expect(escapeHtml('bell\u0007')).not.toContain('\u0007');
  });
});

describe('unbrokenHtml', () => {
  it('keeps hyphenated words and a hyphen before a space whole, and leaves other words free to wrap', () => {
    expect(unbrokenHtml('Dana-Farber Cancer Institute')).toBe('<span class="nb">Dana-Farber</span> Cancer Institute');
    expect(unbrokenHtml('Zentrum für Knochen- und Weichteiltumoren')).toBe('Zentrum für <span class="nb">Knochen- und</span> Weichteiltumoren');
    expect(unbrokenHtml('A & B')).toBe('A &amp; B');
  });
});

describe('htmlPage', () => {
  it('is one self-contained page: its title escaped in the head and as the heading', () => {
    const page = htmlPage({ title: 'A < B', css: 'p {}', body: '<p>x</p>' });
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain('<title>A &lt; B</title>');
    expect(page).toContain('<h1>A &lt; B</h1>\n<p>x</p>');
    expect(page).not.toMatch(/<script|<link|src=/);
  });
});

describe('strokeText', () => {
  it('draws digits and the units as paths, never as text, centred where asked', () => {
    const drawn = strokeText('1,000 km', 100, 50, 6, { anchor: 'middle', color: '#222' });
    expect(drawn).not.toMatch(/<text/);
    expect(drawn.match(/<path /g)).toHaveLength(7);
    expect(drawn).toContain(`translate(${(100 - strokeWidthOf('1,000 km', 6) / 2).toFixed(1)} 44.0)`);
  });
});
