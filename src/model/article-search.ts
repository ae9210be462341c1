import { normaliseForSearch } from './arabic-text.ts';

/** What the article finder knows of one article, loaded or only listed in the index. */
export interface FindableArticle {
  id: string;
  headline: string;
  /** The outlet's name in both languages. */
  source: { ar: string; en: string };
  /** ISO date of publication. */
  published: string;
}

/** Articles with the folded text a query is matched against, newest first. */
export interface ArticleSearch<A extends FindableArticle> {
  articles: readonly A[];
  folded: readonly string[];
}

const newestFirst = (a: FindableArticle, b: FindableArticle) =>
  a.published < b.published ? 1 : a.published > b.published ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Folds each article's headline, outlet names, date and id once, so a keystroke only scans strings. */
export function prepareArticleSearch<A extends FindableArticle>(articles: Iterable<A>): ArticleSearch<A> {
  const sorted = [...articles].sort(newestFirst);
  return {
    articles: sorted,
    folded: sorted.map((a) =>
      normaliseForSearch(`${a.headline} ${a.source.ar} ${a.source.en} ${a.published} ${a.id}`),
    ),
  };
}

/**
 * Up to `limit` articles whose headline, outlet, date (ISO, in either digits) or id hold every word
 * of `query`, Arabic spelling differences ignored; newest first. An empty query finds nothing.
 */
export function findArticles<A extends FindableArticle>(
  search: ArticleSearch<A>,
  query: string,
  limit: number,
): A[] {
  const words = normaliseForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const found: A[] = [];
  for (let i = 0; i < search.folded.length && found.length < limit; i++) {
    const text = search.folded[i] as string;
    if (words.every((word) => text.includes(word))) found.push(search.articles[i] as A);
  }
  return found;
}
