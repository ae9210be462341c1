import { describe, expect, it } from 'vitest';
import { ArticleSearchPreparer, findArticles, prepareArticleSearch } from './article-search.ts';

const sana = { ar: 'الوكالة العربية السورية للأنباء (سانا)', en: 'Syrian Arab News Agency (SANA)' };
const wire = { ar: 'وكالة الخليج المختلقة', en: 'Invented Gulf Wire' };
const ARTICLES = [
  { id: 'a-old', headline: 'لافروف يلتقي ماكيه في موسكو', source: sana, published: '2015-10-27' },
  { id: 'b-new', headline: 'وزير الخارجية يستقبل نظيره الأردني', source: wire, published: '2022-06-14' },
  { id: 'c-mid', headline: 'Talks in Vienna on Syria', source: wire, published: '2015-10-30' },
  { id: 'd-same-day', headline: 'اتصال هاتفي بين الرئيسين', source: sana, published: '2022-06-14' },
];
const search = prepareArticleSearch(ARTICLES);
const ids = (query: string, limit = 10) => findArticles(search, query, limit).map((a) => a.id);

describe('findArticles', () => {
  it('lists matches newest first, ids breaking ties of a day', () => {
    expect(search.articles.map((a) => a.id)).toEqual(['b-new', 'd-same-day', 'c-mid', 'a-old']);
    expect(ids('sana')).toEqual(['d-same-day', 'a-old']);
  });

  it('ignores hamza, alef and ta marbuta differences and needs every word', () => {
    expect(ids('الاردني')).toEqual(['b-new']);
    expect(ids('وكاله سانا')).toEqual(['d-same-day', 'a-old']);
    expect(ids('وكالة لافروف')).toEqual(['a-old']);
    expect(ids('وكالة موسكو فيينا')).toEqual([]);
  });

  it('finds by ISO date in Western or Arabic-Indic digits, by English outlet and by id', () => {
    expect(ids('2015-10')).toEqual(['c-mid', 'a-old']);
    expect(ids('٢٠٢٢-٠٦-١٤')).toEqual(['b-new', 'd-same-day']);
    expect(ids('gulf wire vienna')).toEqual(['c-mid']);
    expect(ids('a-old')).toEqual(['a-old']);
  });

  it('stops at the limit and finds nothing for an empty query', () => {
    expect(ids('20', 2)).toEqual(['b-new', 'd-same-day']);
    expect(ids('   ')).toEqual([]);
  });
});

describe('ArticleSearchPreparer', () => {
  it('folds at least one article a call, stops when told, and its search is prepareArticleSearch’s', () => {
    const preparer = new ArticleSearchPreparer(ARTICLES);
    let asked = 0;
    // Spent at once: one article, not done.
    expect(preparer.foldSome(() => true)).toBe(false);
    // Spent after two more.
    expect(preparer.foldSome(() => ++asked === 2)).toBe(false);
    expect(preparer.foldSome(() => false)).toBe(true);
    expect(preparer.search()).toEqual(search);
    expect(preparer.foldSome(() => true)).toBe(true);
  });

  it('folds what is left when its search is asked for before the end', () => {
    const preparer = new ArticleSearchPreparer(ARTICLES);
    preparer.foldSome(() => true);
    expect(findArticles(preparer.search(), 'sana', 10).map((a) => a.id)).toEqual(['d-same-day', 'a-old']);
  });
});
