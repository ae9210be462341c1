import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../model/build-corpus.ts';
import { validateArticle } from '../model/validate-article.ts';
import { seedJson } from '../test/seed-record.ts';
import { MAX_RECORD_BYTES, type ReadResult, readRecordBytes, readRecordText } from './read-record.ts';

/** A failure a person can act on: which file, and words (or field paths) saying what is wrong. */
function readable(result: ReadResult): boolean {
  if (result.ok) return typeof result.record.id === 'string';
  const { failure } = result;
  if (failure.file !== 'x.json') return false;
  switch (failure.kind) {
    case 'schema':
      return (
        failure.problems.length > 0 &&
        failure.problems.every((p) => p.path.length > 0 && p.message.length > 0)
      );
    case 'too-large':
      return failure.size > failure.limit;
    case 'changed':
    case 'redirect-loop':
      return failure.file.length > 0;
    case 'encoding':
      return failure.guess === null || failure.guess.length > 0;
    case 'timeout':
      return failure.seconds > 0;
    case 'redirected':
      return failure.to.length > 0;
    default:
      return failure.detail.length > 0;
  }
}

describe('reading a record never throws', () => {
  it('turns any JSON value into a record or readable problems', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(readable(readRecordText('x.json', JSON.stringify(value) ?? 'null', validateArticle))).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('turns any byte string into a record or readable problems', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(readable(readRecordBytes('x.json', bytes, validateArticle))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('survives the seed record with any one field replaced by any JSON value', () => {
    const seed = seedJson();
    const paths: (string | number)[][] = [
      ['headline'],
      ['published', 'date'],
      ['entities', 0, 'name'],
      ['events', 3, 'when'],
      ['events', 3, 'evidence', 0],
      ['events', 5, 'participants'],
      ['notes', 0, 'about'],
      ['paragraphs', 2],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const record = structuredClone(seed) as Record<string | number, unknown>;
        let at = record;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path.at(-1) as string | number] = value;
        const result = readRecordText('x.json', JSON.stringify(record), validateArticle);
        expect(readable(result)).toBe(true);
        // Whatever passes validation also builds into a corpus.
        if (result.ok) expect(() => buildCorpus([result.record])).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});

describe('the size limit', () => {
  it('refuses a record over the limit before decoding it', () => {
    const big = new Uint8Array(MAX_RECORD_BYTES + 1).fill(0x20);
    expect(readRecordBytes('x.json', big, validateArticle)).toEqual({
      ok: false,
      failure: { kind: 'too-large', file: 'x.json', size: 5_242_881, limit: 5_242_880 },
    });
  });

  it('explains bytes that are not UTF-8 and text that is not JSON', () => {
    expect(readRecordBytes('x.json', new Uint8Array([0xff, 0xfe, 0x00]), validateArticle)).toEqual({
      ok: false,
      failure: { kind: 'encoding', file: 'x.json', guess: 'UTF-16' },
    });
    const result = readRecordText('x.json', '{"id": ', validateArticle);
    expect(result.ok ? null : result.failure.kind).toBe('json');
  });

  it('reads a byte-order mark and the seed as it is stored', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(seedJson())}`);
    const result = readRecordBytes('x.json', bytes, validateArticle);
    expect(result.ok && result.record.events.length).toBe(21);
  });
});
