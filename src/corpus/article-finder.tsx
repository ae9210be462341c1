import { useCallback, useMemo } from 'react';
import type { Origin } from '../data/use-loaded-corpus.ts';
import { useLocale } from '../i18n/locale.tsx';
import { type FindableArticle, findArticles, prepareArticleSearch } from '../model/article-search.ts';
import { formatDay, formatNumber } from '../model/format-date.ts';
import { Combobox } from '../ui/combobox.tsx';

/** An article the finder can offer: loaded, or only listed in the bundled index. */
export interface FinderArticle extends FindableArticle {
  events: number;
  origin: Origin;
}

const MAX_OPTIONS = 8;

/**
 * Choosing one of thousands of articles: a combobox that searches headlines, outlets and dates (a
 * select of 30,000 options took most of a large corpus's first layout and could not be read anyway).
 * Arrow keys move through the matches, Enter shows one, Escape closes the list.
 */
export function ArticleFinder({
  articles,
  chosen,
  onChoose,
}: {
  articles: readonly FinderArticle[];
  chosen: string[];
  onChoose: (ids: string[]) => void;
}) {
  const { t, lang } = useLocale();
  // Folded once per set of articles; a keystroke then scans strings and stops at the eighth match.
  const search = useMemo(() => prepareArticleSearch(articles), [articles]);
  const find = useCallback((query: string) => findArticles(search, query, MAX_OPTIONS), [search]);
  const shown = chosen.length === 1 ? articles.find((a) => a.id === chosen[0]) : undefined;

  return (
    <div className="field article-switcher article-finder">
      <Combobox<FinderArticle>
        label={t.corpus.article}
        placeholder={t.corpus.findArticle}
        none={t.corpus.findArticleNone}
        find={find}
        idOf={(article) => article.id}
        onChoose={(article) => onChoose([article.id])}
        renderOption={(article) => (
          <>
            <bdi>{article.headline}</bdi>
            <span className="muted">
              {t.separator}
              <bdi>{article.source[lang]}</bdi>
              {t.separator}
              {formatDay(article.published, lang)}
              {t.separator}
              {t.corpus.events(article.events)}
            </span>
          </>
        )}
      />
      <p className="article-finder-shown">
        {shown ? (
          <>
            <span className="muted">{t.corpus.articleShown} </span>
            <bdi>{shown.headline}</bdi>{' '}
            <button type="button" onClick={() => onChoose([])}>
              {t.corpus.allArticles(formatNumber(articles.length, lang))}
            </button>
          </>
        ) : (
          <span className="muted">{t.corpus.allArticles(formatNumber(articles.length, lang))}</span>
        )}
      </p>
    </div>
  );
}
