import { describe, expect, it } from 'vitest';
import { PRECISIONS } from '../src/model/article-schema.ts';
import { validateArticle } from '../src/model/validate-article.ts';
import { generateCorpus } from './generate-corpus.ts';

const corpus = generateCorpus({ events: 1000, seed: 7 });
const events = corpus.records.flatMap((r) => r.events);

describe('generateCorpus', () => {
  it('gives byte-identical records for the same seed, and different ones for another seed', () => {
    const again = generateCorpus({ events: 1000, seed: 7 });
    expect(JSON.stringify(again.records)).toBe(JSON.stringify(corpus.records));
    const other = generateCorpus({ events: 1000, seed: 8 });
    expect(JSON.stringify(other.records)).not.toBe(JSON.stringify(corpus.records));
  });

  it('writes exactly the events asked for, about 200 to an article, with ids unique across the corpus', () => {
    expect(events).toHaveLength(1000);
    expect(corpus.records).toHaveLength(5);
    expect(new Set(events.map((e) => e.id)).size).toBe(1000);
    expect(new Set(corpus.records.map((r) => r.id)).size).toBe(5);
    for (const record of corpus.records) expect(record.events.length).toBeGreaterThanOrEqual(100);
  });

  it('grows the participant pool with the corpus', () => {
    expect(corpus.participants).toBe(150);
    expect(generateCorpus({ events: 10_000 }).participants).toBe(611);
  });

  it('produces records that pass the validator, every one', () => {
    for (const record of corpus.records) {
      const result = validateArticle(JSON.parse(JSON.stringify(record)));
      expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    }
  });

  it('mixes precisions, certainties, statuses and both languages', () => {
    const count = (key: (e: (typeof events)[number]) => string) =>
      events.reduce<Record<string, number>>((acc, e) => {
        acc[key(e)] = (acc[key(e)] ?? 0) + 1;
        return acc;
      }, {});
    const precisions = count((e) => e.when.precision);
    expect(Object.keys(precisions).sort()).toEqual([...PRECISIONS].sort());
    expect(precisions.day).toBeGreaterThan(600);
    expect(Object.keys(count((e) => e.when.certainty)).sort()).toEqual(['inferred', 'outside', 'stated']);
    expect(Object.keys(count((e) => e.status)).sort()).toEqual(['occurred', 'ongoing', 'planned']);
    const roles = new Set(events.flatMap((e) => e.participants.map((p) => p.role)));
    expect([...roles].sort()).toEqual(['guest', 'host', 'initiator', 'participant']);
    const languages = new Set(generateCorpus({ events: 10_000 }).records.map((r) => r.language));
    expect([...languages].sort()).toEqual(['ar', 'en']);
  });
});
