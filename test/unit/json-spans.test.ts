import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementSpans } from '../../src/data/json-spans.js';

const elementsOf = (bytes: Buffer, spans: Uint32Array) => Array.from({ length: spans.length / 2 }, (_, i) => JSON.parse(bytes.toString('utf8', spans[2 * i], spans[2 * i + 1])) as unknown);

describe('elementSpans', () => {
  it('finds the bytes of every element of any JSON array, however it is spaced and whatever its strings hold', () => {
    const tricky = fc.string({ unit: fc.constantFrom(...'ab",\\[]{}\u00e9\u{1F600}\n') });
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, tricky, fc.integer(), fc.constant(null), fc.array(tie('any'), { maxLength: 3 }), fc.dictionary(tricky, tie('any'), { maxKeys: 3 })),
    })).any;
    fc.assert(
      fc.property(fc.array(value, { maxLength: 8 }), fc.constantFrom(undefined, 2, '\t'), fc.boolean(), (elements, indent, bom) => {
        const text = `${bom ? '\ufeff' : ''} ${JSON.stringify(elements, null, indent)}\n`;
        const bytes = Buffer.from(text);
        const spans = elementSpans(text) as Uint32Array;
        expect(elementsOf(bytes, spans)).toEqual(elements);
      }),
      { numRuns: 500 },
    );
  });

  it('takes a single top-level object as one element, and refuses other shapes', () => {
    const text = ' {"id": "é"}\n';
    expect(elementsOf(Buffer.from(text), elementSpans(text) as Uint32Array)).toEqual([{ id: 'é' }]);
    expect(elementSpans('"text"')).toBeUndefined();
  });
});
