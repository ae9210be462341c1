import { describe, expect, it } from 'vitest';
import { fixtureRecord } from '../test/claims-records.ts';
import { seedJson, seedRecord } from '../test/seed-record.ts';
import type { ArticleRecord } from './article-schema.ts';
import { migrateArticle } from './migrate-article.ts';
import { validateArticle } from './validate-article.ts';

const V2 = 'e2e/fixtures/invented-claims-v2-wire.json';

describe('schema version 2', () => {
  it('holds a wire story’s time of day, quote, anonymous source and groups of states', () => {
    const record = fixtureRecord(V2);
    const [event] = record.events;
    expect(record.schemaVersion).toBe(2);
    expect(record.published.certainty).toBe('inferred');
    expect(record.inCopy).toEqual({ headline: false, dateline: true });
    expect(record.sources?.map((s) => [s.id, s.kind, s.via ?? null])).toEqual([
      ['afp', 'wire', null],
      ['diplomat', 'anonymous', 'afp'],
    ]);
    expect(event?.time).toEqual({
      text: 'مساء اليوم',
      start: null,
      end: null,
      part: 'evening',
      timeZone: 'Europe/Vienna',
      certainty: 'stated',
    });
    expect(event?.quotes).toEqual([
      {
        speaker: 'kerry',
        span: { paragraph: 2, start: 21, end: 39, quote: 'آن أوان العمل معًا' },
        speech: 'direct',
        source: 'afp',
      },
    ]);
    expect(record.entities.find((e) => e.id === 'four-ministers')?.members).toEqual([
      'united-states',
      'russia',
      'turkey',
      'saudi-arabia',
    ]);
    expect(record.entities.find((e) => e.id === 'some-twenty-parties')).toMatchObject({
      unnamed: true,
      approximateCount: 20,
    });
  });

  it('reports each broken reference of the new fields by path', () => {
    const broken = structuredClone(fixtureRecord(V2)) as ArticleRecord;
    const event = broken.events[0] as ArticleRecord['events'][number];
    const quote = event.quotes?.[0];
    if (!quote || !event.time || !broken.sources?.[1]) throw new Error('fixture changed');
    quote.speaker = 'kery';
    quote.span.end = 40;
    event.time.text = 'صباح اليوم';
    event.sources = ['diplomat', 'reuters'];
    broken.sources[1].via = 'diplomat';
    broken.entities[6]?.members?.push('egypt');
    const result = validateArticle(broken);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'sources.1.via', message: 'a source cannot come through itself' },
      { path: 'entities.6.members.4', message: 'no entity with id "egypt"' },
      { path: 'events.0.quotes.0.speaker', message: 'no entity with id "kery"' },
      { path: 'events.0.quotes.0.span.quote', message: 'quote differs from the text at 21–40' },
      { path: 'events.0.sources.1', message: 'no source with id "reuters"' },
      { path: 'events.0.time.text', message: '"صباح اليوم" does not appear in the event\'s evidence' },
    ]);
  });
});

describe('migrateArticle', () => {
  it('reads a version 1 record as version 2, every field as it was', () => {
    const v1 = seedRecord();
    expect(v1.schemaVersion).toBe(1);
    const v2 = migrateArticle(v1);
    expect(v2.schemaVersion).toBe(2);
    const { schemaVersion: _a, ...before } = v1;
    const { schemaVersion: _b, ...after } = v2;
    expect(after).toEqual(before);
    expect(migrateArticle(v2)).toBe(v2);
    // The migrated record is valid as written in version 2.
    expect(validateArticle({ ...seedJson(), schemaVersion: 2 }).ok).toBe(true);
    expect(validateArticle({ ...seedJson(), schemaVersion: 3 }).ok).toBe(false);
  });
});
