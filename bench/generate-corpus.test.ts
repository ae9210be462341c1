import { describe, expect, it } from 'vitest';
import { PRECISIONS } from '../src/model/article-schema.ts';
import { buildCorpus } from '../src/model/build-corpus.ts';
import { validateArticle } from '../src/model/validate-article.ts';
import { poolSize } from './corpus/participants.ts';
import { generateCorpus, generateDroppedRecords, generateSingleRecord } from './generate-corpus.ts';

const corpus = generateCorpus({ events: 1000, seed: 7 });
const events = corpus.records.flatMap((r) => r.events);
const firstReports = events.filter((e) => !e.sameAs);

const histogram = (sizes: number[]) => {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const size of sizes) counts[size - 1] = (counts[size - 1] ?? 0) + 1;
  return counts;
};

describe('generateCorpus', () => {
  it('gives byte-identical records for the same seed, and different ones for another seed', () => {
    const again = generateCorpus({ events: 1000, seed: 7 });
    expect(JSON.stringify(again.records)).toBe(JSON.stringify(corpus.records));
    const other = generateCorpus({ events: 1000, seed: 8 });
    expect(JSON.stringify(other.records)).not.toBe(JSON.stringify(corpus.records));
  });

  it('writes articles of 1 to 10 events, most of them 1 to 4, with event ids unique across the corpus', () => {
    expect(corpus.records).toHaveLength(353);
    expect(histogram(corpus.records.map((r) => r.events.length))).toEqual([
      66, 68, 60, 48, 35, 25, 20, 15, 10, 6,
    ]);
    expect(events).toHaveLength(1309);
    expect(corpus.reports).toBe(1309);
    expect(new Set(events.map((e) => e.id)).size).toBe(1309);
    expect(new Set(corpus.records.map((r) => r.id)).size).toBe(353);
  });

  it('has a share of events reported by several outlets, linked by sameAs to the first report', () => {
    expect(firstReports).toHaveLength(1000);
    const later = events.filter((e) => e.sameAs);
    expect(later).toHaveLength(309);
    const byId = new Map(corpus.records.map((r) => [r.id, r]));
    const reach = new Map<string, Set<string>>();
    for (const record of corpus.records) {
      for (const event of record.events) {
        const link = event.sameAs?.[0];
        const key = link ? link.event : event.id;
        const outlets = reach.get(key) ?? new Set<string>();
        outlets.add(record.source.name.en);
        reach.set(key, outlets);
        if (!link) continue;
        // The link names an event of another outlet's article that exists.
        const target = byId.get(link.article);
        expect(target?.events.some((e) => e.id === link.event && !e.sameAs)).toBe(true);
        expect(target?.source.name.en).not.toBe(record.source.name.en);
      }
    }
    // Every report of one event comes from another outlet: 214 events are reported 2 to 4 times.
    expect(histogram([...reach.values()].map((outlets) => outlets.size)).slice(0, 4)).toEqual([
      786, 143, 47, 24,
    ]);
  });

  it('is shown by the app as exactly the distinct events', () => {
    const built = buildCorpus(
      corpus.records.map((r) => {
        const result = validateArticle(JSON.parse(JSON.stringify(r)));
        if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
        return result.record;
      }),
    );
    expect(built.events).toHaveLength(1000);
    expect(built.problems).toEqual([]);
  });

  it('draws participants with a Zipf law, from a pool that grows with the corpus', () => {
    expect(corpus.participants).toBe(150);
    const counts = new Map<string, number>();
    for (const e of firstReports)
      for (const p of e.participants) counts.set(p.entity, (counts.get(p.entity) ?? 0) + 1);
    const ranked = [...counts.values()].sort((a, b) => b - a);
    // The busiest takes part in 318 of the 1,000 events, the second in 162: about 1/rank.
    expect(ranked.slice(0, 3)).toEqual([318, 162, 146]);
    expect([poolSize(10_000), poolSize(100_000)]).toEqual([611, 2489]);
  });

  it('mixes precisions, certainties, statuses and both languages', () => {
    const count = (key: (e: (typeof events)[number]) => string) =>
      events.reduce<Record<string, number>>((acc, e) => {
        acc[key(e)] = (acc[key(e)] ?? 0) + 1;
        return acc;
      }, {});
    const precisions = count((e) => e.when.precision);
    expect(Object.keys(precisions).sort()).toEqual([...PRECISIONS].sort());
    expect(precisions.day).toBeGreaterThan(800);
    expect(Object.keys(count((e) => e.when.certainty)).sort()).toEqual(['inferred', 'outside', 'stated']);
    expect(Object.keys(count((e) => e.status)).sort()).toEqual(['occurred', 'ongoing', 'planned']);
    const roles = new Set(events.flatMap((e) => e.participants.map((p) => p.role)));
    expect([...roles].sort()).toEqual(['guest', 'host', 'initiator', 'participant']);
    const byLanguage = corpus.records.reduce<Record<string, number>>((acc, r) => {
      acc[r.language] = (acc[r.language] ?? 0) + 1;
      return acc;
    }, {});
    // Six Arabic outlets and two English ones.
    expect(byLanguage).toEqual({ ar: 308, en: 45 });
  });
});

describe('generateSingleRecord', () => {
  it('writes one valid record of exactly the events asked for, none linked elsewhere', () => {
    const record = generateSingleRecord(1000, 7);
    expect(record.id).toBe('bench-single-1000');
    expect(record.events).toHaveLength(1000);
    expect(record.events.some((e) => e.sameAs)).toBe(false);
    const result = validateArticle(JSON.parse(JSON.stringify(record)));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(JSON.stringify(generateSingleRecord(1000, 7))).toBe(JSON.stringify(record));
  });
});

describe('generateDroppedRecords', () => {
  it("keeps 1,000 events in one file and splits 10,000 into three under the app's 5 MiB a record", () => {
    expect(generateDroppedRecords(1000, 7).map((r) => r.id)).toEqual(['bench-single-1000']);
    const records = generateDroppedRecords(10_000, 7);
    expect(records.map((r) => [r.id, r.events.length])).toEqual([
      ['bench-dropped-10000-1', 3334],
      ['bench-dropped-10000-2', 3333],
      ['bench-dropped-10000-3', 3333],
    ]);
    for (const record of records) {
      const json = JSON.stringify(record);
      expect(Buffer.byteLength(json)).toBeLessThan(5 * 1024 * 1024);
      const result = validateArticle(JSON.parse(json));
      expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    }
    expect(new Set(records.flatMap((r) => r.events.map((e) => e.id))).size).toBe(10_000);
  }, 120_000);
});
