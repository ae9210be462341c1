import { type KeyboardEvent, useId, useMemo, useState } from 'react';
import type { Origin } from '../data/use-loaded-corpus.ts';
import { useLocale } from '../i18n/locale.tsx';
import { type FindableArticle, findArticles, prepareArticleSearch } from '../model/article-search.ts';
import { formatDay, formatNumber } from '../model/format-date.ts';

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
  const ids = { input: useId(), list: useId(), option: useId() };
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Folded once per set of articles; a keystroke then scans strings and stops at the eighth match.
  const search = useMemo(() => prepareArticleSearch(articles), [articles]);
  const matches = useMemo(() => findArticles(search, query, MAX_OPTIONS), [search, query]);
  const shown = chosen.length === 1 ? articles.find((a) => a.id === chosen[0]) : undefined;
  const expanded = open && query.trim() !== '';

  const choose = (id: string) => {
    onChoose([id]);
    setQuery('');
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (matches.length ? (a + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter' && expanded && matches[active]) {
      event.preventDefault();
      choose(matches[active].id);
    } else if (event.key === 'Escape' && expanded) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="field article-switcher article-finder">
      <label htmlFor={ids.input}>{t.corpus.article}</label>
      <div className="article-finder-box">
        <input
          id={ids.input}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={ids.list}
          aria-activedescendant={expanded && matches[active] ? `${ids.option}-${active}` : undefined}
          placeholder={t.corpus.findArticle}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
        />
        <div
          id={ids.list}
          role="listbox"
          aria-label={t.corpus.article}
          className="suggestions"
          hidden={!expanded}
        >
          {expanded && matches.length === 0 ? <div className="muted">{t.corpus.findArticleNone}</div> : null}
          {expanded
            ? matches.map((article, i) => (
                // Mouse down, not click: the input's blur would close the list first (as in PersonPicker).
                // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the combobox by design
                <div
                  key={article.id}
                  id={`${ids.option}-${i}`}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(article.id);
                  }}
                >
                  <bdi>{article.headline}</bdi>
                  <span className="muted">
                    {t.separator}
                    <bdi>{article.source[lang]}</bdi>
                    {t.separator}
                    {formatDay(article.published, lang)}
                    {t.separator}
                    {t.corpus.events(article.events)}
                  </span>
                </div>
              ))
            : null}
        </div>
      </div>
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
