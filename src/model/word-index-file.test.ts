import { describe, expect, it } from 'vitest';
import { seedCorpus } from '../test/seed-record.ts';
import { buildWordIndex, type WordIndex } from './filter-index.ts';
import { decodeWordIndex, encodeWordIndex } from './word-index-file.ts';

const corpus = seedCorpus();
const index = buildWordIndex(corpus);
const events = corpus.events.length;

// A copy in a buffer of its own, as a fetched file arrives.
const fresh = (bytes: Uint8Array) => new Uint8Array(bytes);

describe('the word index file', () => {
  it('gives back the very index it was written from', () => {
    const decoded = decodeWordIndex(encodeWordIndex(index, events), events);
    expect(decoded).toEqual(index);
    // The seed's words are there, Arabic and English: «لافروف» is a word of the index and of its events.
    expect(decoded?.vocabulary.split('\n')).toContain('لافروف');
    expect(decoded?.names.entities.flat()).toContain('lavrov');
  });

  it('starts with its name and version, and keeps the arrays on 4-byte boundaries', () => {
    const bytes = encodeWordIndex(index, events);
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('RSDW');
    expect(new DataView(bytes.buffer).getUint32(4, true)).toBe(1);
    const header = new DataView(bytes.buffer).getUint32(8, true);
    const start = Math.ceil((12 + header) / 4) * 4;
    const ints = index.wordStarts.length + index.postingStarts.length + index.names.wordStarts.length;
    expect(bytes.length).toBe(start + 4 * ints + index.postings.length);
  });

  it('copies the arrays out, so the file’s bytes can go', () => {
    const bytes = fresh(encodeWordIndex(index, events));
    const decoded = decodeWordIndex(bytes, events) as WordIndex;
    bytes.fill(0);
    expect(decoded).toEqual(index);
    expect(decoded.postings.buffer).not.toBe(bytes.buffer);
  });

  it('is refused for another corpus, or when it is not whole', () => {
    const bytes = encodeWordIndex(index, events);
    // Of a corpus of another size: the build's corpus is not this one.
    expect(decodeWordIndex(fresh(bytes), events + 1)).toBeNull();
    expect(decodeWordIndex(fresh(bytes.subarray(0, bytes.length - 1)), events)).toBeNull();
    expect(decodeWordIndex(fresh(bytes.subarray(0, 8)), events)).toBeNull();
    const renamed = fresh(bytes);
    renamed[0] = 0x58;
    expect(decodeWordIndex(renamed, events)).toBeNull();
    const later = fresh(bytes);
    new DataView(later.buffer).setUint32(4, 2, true);
    expect(decodeWordIndex(later, events)).toBeNull();
    // A word's start past the next one's.
    const header = new DataView(bytes.buffer).getUint32(8, true);
    const start = Math.ceil((12 + header) / 4) * 4;
    const tangled = fresh(bytes);
    new DataView(tangled.buffer).setInt32(start + 4, 1_000_000, true);
    expect(decodeWordIndex(tangled, events)).toBeNull();
    // A header that is not JSON.
    const garbled = fresh(bytes);
    garbled[12] = 0x7b + 1;
    expect(decodeWordIndex(garbled, events)).toBeNull();
  });

  it('is refused, not thrown over, when its header is JSON of another shape', () => {
    for (const header of [
      'null',
      '7',
      '[]',
      '{"events":1}',
      '{"events":1,"vocabulary":"","lengths":[1,1,1,0]}',
    ]) {
      const text = new TextEncoder().encode(header);
      const bytes = new Uint8Array(Math.ceil((12 + text.length) / 4) * 4 + 12);
      const view = new DataView(bytes.buffer);
      view.setUint32(0, 0x57445352, true);
      view.setUint32(4, 1, true);
      view.setUint32(8, text.length, true);
      bytes.set(text, 12);
      expect(decodeWordIndex(bytes, 1)).toBeNull();
    }
  });
});
