import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings } from './postings.ts';

describe('encodePostings', () => {
  it('writes each list as its gaps, a byte for each 7 bits', () => {
    // Gaps from −1: 0, 4, 194, 69,799 → 00 | 04 | C2 01 | A7 A1 04; then the list [3] → 03.
    const { bytes, byteStarts } = encodePostings(
      Int32Array.from([0, 4, 5]),
      Int32Array.from([0, 5, 200, 70_000, 3]),
    );
    expect([...bytes]).toEqual([0x00, 0x04, 0xc2, 0x01, 0xa7, 0xa1, 0x04, 0x03]);
    expect([...byteStarts]).toEqual([0, 7, 8]);
    expect([...decodePostings(bytes, 0, 7)]).toEqual([0, 5, 200, 70_000]);
    expect([...decodePostings(bytes, 7, 8)]).toEqual([3]);
  });

  it('gives back any ascending lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 40 }), {
          maxLength: 8,
        }),
        (raw) => {
          const lists = raw.map((list) => [...list].sort((a, b) => a - b));
          const starts = Int32Array.from([0, ...lists.map((_, i) => lists.slice(0, i + 1).flat().length)]);
          const { bytes, byteStarts } = encodePostings(starts, Int32Array.from(lists.flat()));
          lists.forEach((list, w) => {
            expect([...decodePostings(bytes, byteStarts[w] ?? 0, byteStarts[w + 1] ?? 0)]).toEqual(list);
          });
        },
      ),
    );
  });
});
