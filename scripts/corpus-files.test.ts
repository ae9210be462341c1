import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate-corpus.ts';
import { shardContent } from '../src/model/corpus-index.ts';
import { EAGER_WORDS } from '../src/model/filter-index.ts';
import { type PackedJson, unpackJson } from '../src/model/packed-json.ts';
import { type ShippedShard, unshipShard } from '../src/model/shipped-shard.ts';
import { decodeWordIndex } from '../src/model/word-index-file.ts';
import { readCorpusFiles } from './corpus-files.ts';

const SEED = 'sana-2015-10-27-lavrov-makei';
const articles = resolve(import.meta.dirname, '../data/articles');
let scratch: string | null = null;

afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

describe('readCorpusFiles', () => {
  it('serves each record as the validated record, with the SHA-256 of exactly those bytes in the index', () => {
    const corpus = readCorpusFiles(articles);
    expect(corpus.problems).toEqual([]);
    const [served] = corpus.records;
    expect(served?.record.id).toBe(SEED);
    // The served text parses back to the validated record, defaults included.
    expect(JSON.parse(served?.json ?? '')).toEqual(served?.record);
    const hash = createHash('sha256')
      .update(served?.json ?? '')
      .digest('hex');
    expect(served?.sha256).toBe(hash);
    expect(corpus.list.articles[0]).toMatchObject({
      id: SEED,
      file: `data/articles/${SEED}.json`,
      sha256: hash,
    });
  });

  it('packs the records without their paragraphs into shards the index lists with their SHA-256', () => {
    const corpus = readCorpusFiles(articles);
    const [entry] = corpus.index.shards ?? [];
    const json = corpus.shards.get(entry?.file ?? '') ?? '';
    expect(entry).toEqual({
      file: 'data/shards/0000.json',
      sha256: createHash('sha256').update(json).digest('hex'),
      articles: [SEED],
    });
    const { plan, ...content } = unpackJson(JSON.parse(json) as PackedJson) as ShippedShard;
    const record = corpus.records[0]?.record;
    if (!record) throw new Error('no seed record');
    // Its entities are the entities file's (one article: its own), so the shard names them by id.
    expect(content.articles[0]?.entities).toEqual(record.entities.map((entity) => entity.id));
    const merged = new Map(record.entities.map((entity) => [entity.id, entity]));
    expect(unshipShard(content, merged)).toEqual(
      shardContent([record], () => ({
        file: `data/articles/${SEED}.json`,
        sha256: corpus.records[0]?.sha256 ?? '',
      })),
    );
    expect(unshipShard(content, null)).toBeNull();
    // The plan of the corpus: each of the seed's 21 events has its place in time order, and none
    // needs more than its record (nothing merged, renamed or re-dated in one article).
    expect(plan?.ranks.slice().sort((a, b) => a - b)).toEqual([...Array(21).keys()]);
    expect(plan && [plan.renamed, plan.merged, plan.redated]).toEqual([[], [], []]);
    expect(plan?.order).toEqual([0]);
    // Each article says where its text is: its own file, with the hash of the bytes served there.
    expect(content.articles[0]?.text).toEqual({
      file: `data/articles/${SEED}.json`,
      sha256: corpus.records[0]?.sha256,
    });
    const [article] = content.articles;
    expect(article && 'paragraphs' in article).toBe(false);
    // The entities file: every article's entities merged (one article: its own, as they are).
    const entitiesJson = corpus.shards.get('data/shards/entities.json') ?? '';
    expect(corpus.index.entities).toEqual({
      file: 'data/shards/entities.json',
      sha256: createHash('sha256').update(entitiesJson).digest('hex'),
    });
    expect(unpackJson(JSON.parse(entitiesJson) as PackedJson)).toEqual({
      entities: record.entities,
      corpus: { events: 21, articles: 1, problems: [] },
    });
    expect(corpus.events).toBe(21);
    // Spans keep where they are, not what they say; the quotes' own words stay for the text filter.
    const call = article?.events.find((e) => e.id === 'lavrov-kerry-call-2');
    expect(call?.evidence).toEqual([{ paragraph: 18, start: 76, end: 144 }]);
    // «حيث بحث الوزيران أمس آفاق حل الأزمة …» folded, without «أمس», which the date as written holds.
    expect(call?.quoteWords).toEqual([
      'حيث',
      'بحث',
      'الوزيران',
      'افاق',
      'حل',
      'الازمه',
      'في',
      'سوريه',
      'بمشاركه',
      'الدول',
      'الاقليميه',
    ]);
  });

  it('fills in the defaults a source file leaves out, so the app needs no schema to read it', () => {
    scratch = mkdtempSync(join(tmpdir(), 'rasd-corpus-'));
    const record = JSON.parse(readFileSync(join(articles, `${SEED}.json`), 'utf8'));
    for (const entity of record.entities) if (entity.variants.length === 0) delete entity.variants;
    for (const event of record.events) if (event.mentions.length === 0) delete event.mentions;
    writeFileSync(join(scratch, 'one.json'), JSON.stringify(record));
    const served = JSON.parse(readCorpusFiles(scratch).records[0]?.json ?? '{}');
    expect(served.entities.every((e: { variants?: unknown }) => Array.isArray(e.variants))).toBe(true);
    expect(served).toEqual(readCorpusFiles(articles).records[0]?.record);
    expect(served.events.every((e: { mentions?: unknown }) => Array.isArray(e.mentions))).toBe(true);
  });

  it('leaves an invalid record out of the index and names the file and field', () => {
    scratch = mkdtempSync(join(tmpdir(), 'rasd-corpus-'));
    writeFileSync(join(scratch, 'bad.json'), '{"schemaVersion": 1}');
    writeFileSync(join(scratch, 'broken.json'), '{');
    const corpus = readCorpusFiles(scratch);
    expect(corpus.list.articles).toEqual([]);
    expect(corpus.problems.some((p) => p.startsWith(`${join(scratch ?? '', 'bad.json')}: id: `))).toBe(true);
    expect(
      corpus.problems.some((p) =>
        p.startsWith(`${join(scratch ?? '', 'broken.json')}: (record): not valid JSON`),
      ),
    ).toBe(true);
  });

  it('writes the word index of a corpus too large to index at once, as the browser would build it', () => {
    scratch = mkdtempSync(join(tmpdir(), 'rasd-corpus-'));
    // Invented records (source.invented), some reporting the same event (sameAs), of 2,000 events.
    const { records } = generateCorpus({ events: 2_000, seed: 3 });
    for (const record of records) writeFileSync(join(scratch, `${record.id}.json`), JSON.stringify(record));
    const corpus = readCorpusFiles(scratch);
    expect(corpus.problems).toEqual([]);
    expect(corpus.events).toBe(2_000);
    expect(corpus.events).toBeGreaterThan(EAGER_WORDS);
    const bytes = new Uint8Array(corpus.words?.bytes ?? []);
    expect(corpus.words?.file).toBe('data/words.bin');
    expect(corpus.index.words).toEqual({
      file: 'data/words.bin',
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    // Of the corpus's 2,000 events (the browser's loader uses it: src/data/built-word-index.test.ts).
    expect(decodeWordIndex(bytes, 2_000)?.vocabulary.length).toBeGreaterThan(0);
  });

  it('writes no word index for a corpus small enough to index at once', () => {
    const corpus = readCorpusFiles(articles);
    expect(corpus.words).toBeNull();
    expect(corpus.index.words).toBeUndefined();
  });
});
