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

const foldedText = (a: FindableArticle) =>
  normaliseForSearch(`${a.headline} ${a.source.ar} ${a.source.en} ${a.published} ${a.id}`);

/**
 * An article search made a slice at a time: foldSome sorts the articles (newest first) at its first
 * call and folds each one's headline, outlet names, date and id, as many as the caller's time allows;
 * search() folds whatever is left, at once. At 100,000 events the 33,000 headlines took one idle
 * task of 170 ms after the first draw, which the participant graph's build then waited behind.
 */
export class ArticleSearchPreparer<A extends FindableArticle> {
  #given: Iterable<A>;
  #sorted: A[] | null = null;
  readonly #folded: string[] = [];

  constructor(articles: Iterable<A>) {
    this.#given = articles;
  }

  /** Folds articles (at least one) until `spent()` is true; true once every article is folded. */
  foldSome(spent: () => boolean): boolean {
    this.#sorted ??= [...this.#given].sort(newestFirst);
    const sorted = this.#sorted;
    const folded = this.#folded;
    while (folded.length < sorted.length) {
      folded.push(foldedText(sorted[folded.length] as A));
      if (spent()) break;
    }
    return folded.length === sorted.length;
  }

  /** The search, every article folded. */
  search(): ArticleSearch<A> {
    this.foldSome(() => false);
    return { articles: this.#sorted ?? [], folded: this.#folded };
  }
}

/** Folds each article's headline, outlet names, date and id once, so a keystroke only scans strings. */
export function prepareArticleSearch<A extends FindableArticle>(articles: Iterable<A>): ArticleSearch<A> {
  return new ArticleSearchPreparer(articles).search();
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
