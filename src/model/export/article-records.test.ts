import { describe, expect, it } from 'vitest';
import { seedCorpus, seedJson, seedRecord } from '../../test/seed-record.ts';
import { validateArticle } from '../validate-article.ts';
import { recordsJson, recordsOf } from './article-records.ts';

describe('recordsOf and recordsJson', () => {
  it('gives the seed record whole, without $schema, valid against the schema', () => {
    const corpus = seedCorpus();
    const kerry = corpus.events.filter((e) => e.participants.some((p) => p.entity === 'kerry'));
    const records = recordsOf([seedRecord()], kerry);
    expect(records).toHaveLength(1);
    const text = recordsJson(records);
    const parsed = JSON.parse(text);
    expect(Object.hasOwn(parsed, '$schema')).toBe(false);
    const { $schema: _s, ...original } = seedJson();
    const { $schema: _v, ...validated } = seedRecord();
    expect(parsed).toEqual(JSON.parse(JSON.stringify(validated)));
    expect(parsed.events).toHaveLength(21);
    expect(parsed.paragraphs).toEqual(original.paragraphs);
    const checked = validateArticle(parsed);
    expect(checked.ok).toBe(true);
  });

  it('gives no records for no events, and several records as an array of valid ones', () => {
    const seed = seedRecord();
    expect(recordsOf([seed], [])).toEqual([]);
    const other = { ...seed, id: 'another-article' };
    const corpus = seedCorpus();
    const event = {
      ...(corpus.events[0] as (typeof corpus.events)[0]),
      articles: [seed.id, 'another-article'],
    };
    const records = recordsOf([seed, other, { ...seed, id: 'not-wanted' }], [event]);
    expect(records.map((r) => r.id)).toEqual([seed.id, 'another-article']);
    const parsed = JSON.parse(recordsJson(records)) as unknown[];
    expect(parsed.map((r) => validateArticle(r).ok)).toEqual([true, true]);
  });
});
