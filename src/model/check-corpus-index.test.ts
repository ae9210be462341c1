import { describe, expect, it } from 'vitest';
import { checkArticleList, checkCorpusIndex } from './check-corpus-index.ts';

const HASH = 'a'.repeat(64);
const entry = {
  id: 'sana-2015-10-27-lavrov-makei',
  file: 'data/articles/sana-2015-10-27-lavrov-makei.json',
  headline: 'لافروف يبحث مع ماكي',
  source: { ar: 'سانا', en: 'SANA' },
  published: '2015-10-27',
  language: 'ar',
  counts: { events: 21, entities: 14, paragraphs: 9 },
  sha256: HASH,
};
const index = {
  articles: [entry],
  shards: [{ file: 'data/shards/0000.json', sha256: HASH, articles: [entry.id] }],
  entities: { file: 'data/shards/entities.json', sha256: HASH },
};

describe('checkCorpusIndex', () => {
  it('accepts the index the build writes, with and without its optional fields', () => {
    expect(checkCorpusIndex(index)).toEqual({ ok: true, index });
    const { sha256, ...bare } = entry;
    expect(checkCorpusIndex({ articles: [bare] })).toEqual({ ok: true, index: { articles: [bare] } });
    expect(checkCorpusIndex({ articles: [] })).toEqual({ ok: true, index: { articles: [] } });
    // A large corpus's word index (word-index-file.ts), named with its hash.
    const large = { ...index, words: { file: 'data/words.bin', sha256: HASH } };
    expect(checkCorpusIndex(large)).toEqual({ ok: true, index: large });
    expect(checkCorpusIndex({ ...index, words: { file: 'data/words.bin' } })).toEqual({
      ok: false,
      problems: [{ path: 'words.sha256', message: 'expected a string, got nothing' }],
    });
  });

  it('names each wrong field by its path and says what was expected', () => {
    const broken = {
      articles: [
        entry,
        {
          ...entry,
          headline: 7,
          language: 'fr',
          counts: { events: '21', entities: 14 },
          sha256: 'ABC',
          extra: true,
        },
      ],
      shards: [{ file: 'data/shards/0000.json', sha256: HASH, articles: ['x', null] }],
      entities: [],
    };
    expect(checkCorpusIndex(broken)).toEqual({
      ok: false,
      problems: [
        { path: 'articles.1.headline', message: 'expected a string, got a number' },
        { path: 'articles.1.language', message: 'expected one of "ar", "en"' },
        { path: 'articles.1.counts.events', message: 'expected a number, got a string' },
        { path: 'articles.1.counts.paragraphs', message: 'expected a number, got nothing' },
        { path: 'articles.1.sha256', message: 'expected a SHA-256: 64 lowercase hexadecimal digits' },
        { path: 'articles.1.extra', message: 'unknown field "extra"' },
        { path: 'shards.0.articles.1', message: 'expected a string, got null' },
        { path: 'entities', message: 'expected an object, got an array' },
      ],
    });
  });

  it('reports a missing list and a wrong top level', () => {
    expect(checkCorpusIndex({})).toEqual({
      ok: false,
      problems: [{ path: 'articles', message: 'expected an array, got nothing' }],
    });
    expect(checkCorpusIndex(null)).toEqual({
      ok: false,
      problems: [{ path: '(index)', message: 'expected an object, got null' }],
    });
  });

  it('accepts an index that names its list file instead of holding the lines, and checks that file', () => {
    const named = {
      list: { file: 'data/articles.json', sha256: HASH },
      shards: index.shards,
      entities: index.entities,
    };
    expect(checkCorpusIndex(named)).toEqual({ ok: true, index: named });
    expect(checkCorpusIndex({ list: { file: 'data/articles.json', sha256: 'x' } })).toEqual({
      ok: false,
      problems: [{ path: 'list.sha256', message: 'expected a SHA-256: 64 lowercase hexadecimal digits' }],
    });
    expect(checkArticleList({ articles: [entry] })).toEqual({ ok: true, list: { articles: [entry] } });
    expect(checkArticleList({ articles: [{ ...entry, published: 2015 }] })).toEqual({
      ok: false,
      problems: [{ path: 'articles.0.published', message: 'expected a string, got a number' }],
    });
  });

  it('reads field names as data: "__proto__" and "constructor" are unknown fields, not lookups', () => {
    const hostile = JSON.parse('{"articles":[],"__proto__":{"x":1},"constructor":2}');
    expect(checkCorpusIndex(hostile)).toEqual({
      ok: false,
      problems: [
        { path: '__proto__', message: 'unknown field "__proto__"' },
        { path: 'constructor', message: 'unknown field "constructor"' },
      ],
    });
  });
});

describe('checkCorpusIndex on the index the build writes', () => {
  it('accepts the bundled corpus’s index as scripts/corpus-files.ts makes it', async () => {
    const { readCorpusFiles } = await import('../../scripts/corpus-files.ts');
    const { resolve } = await import('node:path');
    const built = readCorpusFiles(resolve(import.meta.dirname, '../../data/articles'));
    const checked = checkCorpusIndex(JSON.parse(JSON.stringify(built.index)));
    expect(checked.ok).toBe(true);
    // The index names files only; the articles' lines are in the list file it names.
    expect(checked.ok && checked.index.articles).toBeUndefined();
    expect(checked.ok && checked.index.list?.file).toBe('data/articles.json');
    const list = checkArticleList(JSON.parse(JSON.stringify(built.list)));
    expect(list.ok && list.list.articles.map((a) => a.id)).toEqual(['sana-2015-10-27-lavrov-makei']);
  });
});
