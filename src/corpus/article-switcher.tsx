import { useId, useMemo } from 'react';
import type { Origin } from '../data/use-loaded-corpus.ts';
import { CLAIMS_STRINGS } from '../i18n/claims-strings.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { CorpusArticle, CorpusEvent } from '../model/corpus.ts';
import type { IndexEntry } from '../model/corpus-index.ts';
import { sharedEventCounts } from '../model/corpus-shared.ts';
import { formatDay, formatNumber } from '../model/format-date.ts';
import { ArticleFinder, type FinderArticle, type FinderList } from './article-finder.tsx';

/** Props of ArticleSwitcher. */
export interface ArticleSwitcherProps {
  articles: CorpusArticle[];
  /** Bundled articles that are not loaded yet (the link named others). */
  index: IndexEntry[];
  origins: ReadonlyMap<string, Origin>;
  /** The `article` filter of the URL. */
  chosen: string[];
  onChoose: (ids: string[]) => void;
  /**
   * The loaded events: the list says beside each article how many of its events other loaded
   * articles report too (sharedEventCounts). Counted only for the list: at 100,000 events, where the
   * finder stands in for it, counting them took some 30 ms of the first draw for nothing.
   */
  events?: readonly Pick<CorpusEvent, 'articles'>[];
}

/** Up to this many articles are offered in a list; more are found by searching (ArticleFinder). */
export const ARTICLE_LIST_LIMIT = 150;

/** The loaded articles (and the bundled ones not fetched yet): choosing one filters to it and shows it. */
export function ArticleSwitcher(props: ArticleSwitcherProps) {
  const { articles, index, origins } = props;
  const others = useMemo(() => {
    // No lines when the shards brought every article: no set of 33,000 ids made to filter nothing.
    if (index.length === 0) return [];
    const loaded = new Set(articles.map((a) => a.id));
    return index.filter((entry) => !loaded.has(entry.id));
  }, [articles, index]);
  const count = articles.length + others.length;
  const findable = useMemo((): FinderList | null => {
    if (count <= ARTICLE_LIST_LIMIT) return null;
    const loaded = (a: CorpusArticle): FinderArticle => ({
      id: a.id,
      headline: a.headline,
      source: a.source.name,
      published: a.published.date,
      events: a.events.length,
      origin: origins.get(a.id) ?? 'bundled',
    });
    const listed = (entry: IndexEntry): FinderArticle => ({
      id: entry.id,
      headline: entry.headline,
      source: entry.source,
      published: entry.published,
      events: entry.counts.events,
      origin: 'bundled',
    });
    // Made when the finder first reads them, in its idle slices: not 33,000 objects in the render
    // that first draws a 100,000-event corpus.
    return {
      count,
      *[Symbol.iterator]() {
        for (const a of articles) yield loaded(a);
        for (const entry of others) yield listed(entry);
      },
      find(id) {
        const a = articles.find((article) => article.id === id);
        const entry = a ? undefined : others.find((e) => e.id === id);
        return a ? loaded(a) : entry && listed(entry);
      },
    };
  }, [count, articles, others, origins]);
  if (count < 2) return null;
  if (findable) return <ArticleFinder articles={findable} chosen={props.chosen} onChoose={props.onChoose} />;
  return <ArticleSelect {...props} others={others} />;
}

/** A native select of every article, each with its date, events and where it came from. */
function ArticleSelect({
  articles,
  others,
  origins,
  chosen,
  onChoose,
  events,
}: ArticleSwitcherProps & { others: IndexEntry[] }) {
  const { t, lang } = useLocale();
  const id = useId();
  // A hundred options, each with a formatted date: made again only when the articles change, not
  // on every filter.
  const options = useMemo(() => {
    const shared = events && sharedEventCounts(events);
    const sharing = (id: string) => {
      const count = shared?.get(id) ?? 0;
      return count > 0 ? `${t.separator}${CLAIMS_STRINGS[lang].shared(count)}` : '';
    };
    const label = (headline: string, date: string, events: number, origin: Origin | undefined) =>
      `${headline} — ${formatDay(date, lang)}${t.separator}${t.corpus.events(events)}${origin && origin !== 'bundled' ? `${t.separator}${t.corpus.origin[origin]}` : ''}`;
    return {
      count: articles.length + others.length,
      elements: [
        ...articles.map((a) => (
          <option key={a.id} value={a.id}>
            {label(a.headline, a.published.date, a.events.length, origins.get(a.id))}
            {sharing(a.id)}
          </option>
        )),
        ...others.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {label(entry.headline, entry.published, entry.counts.events, 'bundled')}
          </option>
        )),
      ],
    };
  }, [articles, others, origins, lang, t, events]);
  return (
    <div className="field article-switcher">
      <label htmlFor={id}>{t.corpus.article}</label>
      <select
        id={id}
        value={chosen.length === 1 ? chosen[0] : ''}
        onChange={(e) => onChoose(e.target.value ? [e.target.value] : [])}
      >
        <option value="">{t.corpus.allArticles(formatNumber(options.count, lang))}</option>
        {options.elements}
      </select>
    </div>
  );
}
