import { describe, expect, it } from 'vitest';
import { claimsRecords } from '../test/claims-records.ts';
import type { ArticleRecord } from './article-schema.ts';
import { buildCorpus } from './build-corpus.ts';
import { articlesOf, widenForNewArticles } from './corpus-window.ts';

const [seed, courier, , wire] = claimsRecords() as ArticleRecord[] as [
  ArticleRecord,
  ArticleRecord,
  ArticleRecord,
  ArticleRecord,
];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('widenForNewArticles', () => {
  const before = buildCorpus([seed]);
  const known = articlesOf(before.events);

  it('knows the articles of the events, each once', () => {
    expect([...articlesOf(buildCorpus([seed, wire]).events)].sort()).toEqual([wire.id, seed.id].sort());
  });

  it('widens the window to the densest days of the events a new file brings', () => {
    const after = buildCorpus([seed, wire]).events;
    // The wire's call (27 October, merged into the seed's) and Cairo visit (2 November): midday to
    // midday is six days, padded by a quarter (a day and a half) each side, to whole days: 26 Oct–5 Nov.
    expect(widenForNewArticles([day('2015-10-22'), day('2015-10-29')], after, known)).toEqual([
      day('2015-10-22'),
      day('2015-11-05'),
    ]);
  });

  it('leaves a window that already shows them, and one when nothing new was loaded', () => {
    const after = buildCorpus([seed, courier]).events;
    expect(widenForNewArticles([day('2015-10-20'), day('2015-10-30')], after, known)).toBeNull();
    // The courier's 23 and 24 October, padded half a day each side: 23–26 October.
    expect(widenForNewArticles([day('2015-10-26'), day('2015-10-28')], after, known)).toEqual([
      day('2015-10-23'),
      day('2015-10-28'),
    ]);
    expect(widenForNewArticles([day('2015-10-26'), day('2015-10-28')], before.events, known)).toBeNull();
  });
});
