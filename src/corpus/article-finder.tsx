import { useCallback, useEffect, useMemo } from 'react';
import { taskBudget } from '../data/task-budget.ts';
import type { Origin } from '../data/use-loaded-corpus.ts';
import { useLocale } from '../i18n/locale.tsx';
import { ArticleSearchPreparer, type FindableArticle, findArticles } from '../model/article-search.ts';
import { formatDay, formatNumber } from '../model/format-date.ts';
import { Combobox } from '../ui/combobox.tsx';
import { inIdleSlices } from '../ui/when-idle.ts';

/** An article the finder can offer: loaded, or only listed in the bundled index. */
export interface FinderArticle extends FindableArticle {
  events: number;
  origin: Origin;
}

/** The articles the finder offers, made as they are read, with how many there are. */
export interface FinderList extends Iterable<FinderArticle> {
  count: number;
  /** The article with this id, or undefined. */
  find(id: string): FinderArticle | undefined;
}

const MAX_OPTIONS = 8;

/** The longest slice of folding in one idle period (an idle period may offer up to 50 ms). */
const IDLE_SLICE_MS = 8;

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
  articles: FinderList;
  chosen: string[];
  onChoose: (ids: string[]) => void;
}) {
  const { t, lang } = useLocale();
  // Folded once per set of articles, in slices of idle time, and what is left at the first keystroke
  // that comes before the end; a keystroke then scans strings and stops at the eighth match. (Folded
  // in the render, the 20,000 headlines of a large corpus held up the page's first draw by a tenth of
  // a second; in one idle task, the graph's build after the first draw.)
  const preparer = useMemo(() => new ArticleSearchPreparer(articles), [articles]);
  useEffect(
    () =>
      inIdleSlices((timeLeft) => {
        const spent = taskBudget(IDLE_SLICE_MS);
        return preparer.foldSome(() => spent() || timeLeft() < 1);
      }),
    [preparer],
  );
  const find = useCallback(
    (query: string) => (query.trim() === '' ? [] : findArticles(preparer.search(), query, MAX_OPTIONS)),
    [preparer],
  );
  const only = chosen.length === 1 ? chosen[0] : undefined;
  const shown = useMemo(() => (only === undefined ? undefined : articles.find(only)), [articles, only]);

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
              {t.corpus.allArticles(formatNumber(articles.count, lang))}
            </button>
          </>
        ) : (
          <span className="muted">{t.corpus.allArticles(formatNumber(articles.count, lang))}</span>
        )}
      </p>
    </div>
  );
}
