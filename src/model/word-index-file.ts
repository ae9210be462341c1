import type { WordIndex } from './filter-index.ts';

/**
 * The word index of the bundled corpus as the build writes it (data/words.bin), so a visitor's browser
 * fetches it instead of folding every event's text again (some 300 ms of a worker at 10,000 events,
 * seconds at 100,000). The bytes: "RSDW", a little-endian u32 version and a u32 header length, the
 * header (UTF-8 JSON: the event count, both vocabularies, the name words' entities and each array's
 * length), zeros to a multiple of 4, then wordStarts, postingStarts and the names' wordStarts as
 * Int32 (little-endian, as every browser's typed arrays are), and the postings' bytes.
 */

const MAGIC = 0x57445352; // "RSDW", read as a little-endian u32
const VERSION = 1;

interface Header {
  events: number;
  vocabulary: string;
  names: { vocabulary: string; entities: readonly (readonly string[])[] };
  lengths: [wordStarts: number, postingStarts: number, nameStarts: number, postings: number];
}

const padded = (n: number) => Math.ceil(n / 4) * 4;

/** The bytes of `index`, the word index of a corpus of `events` events. */
export function encodeWordIndex(index: WordIndex, events: number): Uint8Array<ArrayBuffer> {
  const header: Header = {
    events,
    vocabulary: index.vocabulary,
    names: { vocabulary: index.names.vocabulary, entities: index.names.entities },
    lengths: [
      index.wordStarts.length,
      index.postingStarts.length,
      index.names.wordStarts.length,
      index.postings.length,
    ],
  };
  const text = new TextEncoder().encode(JSON.stringify(header));
  const start = padded(12 + text.length);
  const ints = [index.wordStarts, index.postingStarts, index.names.wordStarts];
  const intBytes = ints.reduce((sum, array) => sum + 4 * array.length, 0);
  const bytes = new Uint8Array(start + intBytes + index.postings.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, text.length, true);
  bytes.set(text, 12);
  let at = start;
  for (const array of ints) {
    for (let i = 0; i < array.length; i++) view.setInt32(at + 4 * i, array[i] as number, true);
    at += 4 * array.length;
  }
  bytes.set(index.postings, at);
  return bytes;
}

/** Each of `starts` from 0, never falling, ending at `end`. */
const ascendsTo = (starts: Int32Array, end: number) => {
  if (starts[0] !== 0 || starts[starts.length - 1] !== end) return false;
  for (let i = 1; i < starts.length; i++) if ((starts[i] as number) < (starts[i - 1] as number)) return false;
  return true;
};

/**
 * The word index in `bytes` if they are one, of a corpus of `events` events; else null (the caller
 * then builds the index itself). The arrays are copied out, so the bytes (with the header's text,
 * megabytes at 100,000 events, which the vocabulary strings now hold) can go.
 */
export function decodeWordIndex(bytes: Uint8Array<ArrayBuffer>, events: number): WordIndex | null {
  if (bytes.byteOffset % 4 !== 0 || bytes.length < 12) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) return null;
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > bytes.length) return null;
  let header: Partial<Header> | null;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength)));
  } catch {
    return null;
  }
  if (typeof header !== 'object' || header === null || !Array.isArray(header.lengths)) return null;
  const [words, postingStarts, names, postings] = header.lengths;
  if (header.events !== events || typeof header.vocabulary !== 'string') return null;
  if (typeof header.names !== 'object' || header.names === null) return null;
  if (![words, postingStarts, names, postings].every((n) => Number.isInteger(n) && (n as number) >= 0)) {
    return null;
  }
  const start = padded(12 + headerLength);
  const end = start + 4 * ((words as number) + (postingStarts as number) + (names as number));
  if (end + (postings as number) !== bytes.length) return null;
  // Int32Array reads the platform's byte order: little-endian in every browser Rasd runs in.
  const ints = (from: number, length: number) =>
    new Int32Array(bytes.buffer, bytes.byteOffset + from, length).slice();
  const index: WordIndex = {
    vocabulary: header.vocabulary,
    wordStarts: ints(start, words as number),
    postingStarts: ints(start + 4 * (words as number), postingStarts as number),
    postings: bytes.slice(end),
    names: {
      vocabulary: header.names.vocabulary,
      wordStarts: ints(start + 4 * ((words as number) + (postingStarts as number)), names as number),
      entities: header.names.entities,
    },
  };
  const whole =
    typeof index.names.vocabulary === 'string' &&
    Array.isArray(index.names.entities) &&
    index.names.entities.length === (names as number) - 1 &&
    index.postingStarts.length === index.wordStarts.length &&
    ascendsTo(index.wordStarts, index.vocabulary.length) &&
    ascendsTo(index.postingStarts, index.postings.length) &&
    ascendsTo(index.names.wordStarts, index.names.vocabulary.length);
  return whole ? index : null;
}
