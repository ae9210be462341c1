import { useEffect, useMemo } from 'react';
import { ArticleReader } from '../article/article-reader.tsx';
import { useCorpus } from '../data/get-corpus.ts';
import { CorpusLoadError } from '../data/load-error.ts';
import { EventDetails } from '../details/event-details.tsx';
import { EventList } from '../events/event-list.tsx';
import { addDays } from '../model/calendar-date.ts';
import { type Corpus, notesFor } from '../model/corpus.ts';
import { formatNumber } from '../model/format-date.ts';
import { formatUrlState, type UrlState } from '../model/url-state.ts';
import { Timeline } from '../timeline/timeline.tsx';
import { ErrorView, FailureList, LoadingView } from './load-status.tsx';
import { LocaleProvider, useLocale } from './locale.tsx';
import { STRINGS } from './strings.ts';
import { UrlNotices } from './url-notices.tsx';
import { useUrlState } from './use-url-state.ts';

/** The timeline's window as the URL says it: whole days, `to` inclusive. */
function windowOf(state: UrlState): [Date, Date] | null {
  if (!state.from || !state.to) return null;
  return [new Date(`${state.from}T00:00:00Z`), new Date(`${addDays(state.to, 1)}T00:00:00Z`)];
}

function Workspace({
  corpus,
  state,
  select,
  update,
}: {
  corpus: Corpus;
  state: UrlState;
  select: (id: string | null) => void;
  update: ReturnType<typeof useUrlState>['update'];
}) {
  const { t, lang } = useLocale();
  const selected = corpus.events.find((e) => e.id === state.event) ?? null;
  const article =
    corpus.articles.find((a) => a.id === (selected?.articleId ?? state.article[0])) ?? corpus.articles[0];
  const articleEvents = useMemo(
    () => corpus.events.filter((e) => e.articleId === article?.id),
    [corpus.events, article?.id],
  );
  const titleOf = (id: string) => corpus.events.find((e) => e.id === id)?.title[lang] ?? id;

  const window = useMemo(() => windowOf(state), [state]);
  // The benchmark times a change from the URL to this point: every view has rendered it.
  useEffect(() => {
    performance.mark('rasd:views-updated');
  }, [state, corpus]);
  return (
    <>
      <Timeline
        events={corpus.events}
        allEvents={corpus.events}
        entities={corpus.entities}
        lanes={state.lanes}
        onLanesChange={(lanes) => update({ lanes })}
        window={window}
        onWindowChange={([a, b]) =>
          update(
            { from: a.toISOString().slice(0, 10), to: new Date(b.getTime() - 1).toISOString().slice(0, 10) },
            { replace: true },
          )
        }
        selectedId={selected?.id ?? null}
        onSelect={select}
      />
      <div className="workspace">
        <section className="pane events-pane" aria-labelledby="events-heading" id="events">
          <h2 id="events-heading">{t.eventsHeading}</h2>
          <EventList
            events={corpus.events}
            entities={corpus.entities}
            selectedId={selected?.id ?? null}
            onSelect={select}
          />
        </section>
        <section className="pane reader-pane" aria-label={t.articleHeading}>
          {article ? (
            <ArticleReader
              article={article}
              events={articleEvents}
              selectedId={selected?.id ?? null}
              onSelect={select}
              hrefFor={(id) => formatUrlState({ ...state, event: id }) || '?'}
            />
          ) : null}
        </section>
        <aside className="pane details-pane" aria-label={t.detailsHeading}>
          {state.event && !selected ? <p className="notice">{t.unknownEvent(state.event)}</p> : null}
          {selected ? (
            <EventDetails
              event={selected}
              article={corpus.articles.find((a) => a.id === selected.articleId)}
              entities={corpus.entities}
              notes={notesFor(corpus, selected.id)}
              titleOf={titleOf}
              onClear={() => select(null)}
            />
          ) : (
            <p className="muted details-empty">{t.detailsEmpty}</p>
          )}
        </aside>
      </div>
    </>
  );
}

function Content() {
  const { state, notices, update } = useUrlState();
  const { t, lang } = useLocale();
  const query = useCorpus();
  const select = (id: string | null) => update({ event: id });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || target?.closest('input, textarea, select, [role="dialog"]')) return;
      if (new URLSearchParams(window.location.search).has('event')) update({ event: null });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [update]);

  return (
    <>
      <header className="topbar">
        <a className="skip-link" href="#events">
          {t.skipToEvents}
        </a>
        <div className="brand">
          <h1>{t.appName}</h1>
          <p className="tagline">{t.tagline}</p>
        </div>
        <button
          type="button"
          className="lang-switch"
          lang={lang === 'ar' ? 'en' : 'ar'}
          aria-label={t.switchLanguageLabel}
          onClick={() => update({ lang: lang === 'ar' ? 'en' : 'ar' })}
        >
          {t.switchLanguage}
        </button>
      </header>
      <main>
        <UrlNotices notices={notices} />
        {query.isPending ? <LoadingView /> : null}
        {query.isError ? (
          <ErrorView
            failures={
              query.error instanceof CorpusLoadError
                ? query.error.failures
                : [{ kind: 'network', file: 'data/index.json', detail: String(query.error) }]
            }
            onRetry={() => query.refetch()}
          />
        ) : null}
        {query.isSuccess && query.data.failures.length > 0 ? (
          <div className="notice" role="alert">
            <p>
              {t.partialLoad(
                formatNumber(query.data.corpus.articles.length, lang),
                formatNumber(query.data.failures.length, lang),
              )}
            </p>
            <FailureList failures={query.data.failures} />
          </div>
        ) : null}
        {query.isSuccess ? (
          <Workspace corpus={query.data.corpus} state={state} select={select} update={update} />
        ) : null}
      </main>
    </>
  );
}

/** The explorer: the document's language and direction follow the `lang` URL parameter. */
export function Shell() {
  const { state } = useUrlState();
  const { lang } = state;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = STRINGS[lang].dir;
    document.title = `${STRINGS[lang].appName} — ${STRINGS[lang].tagline}`;
  }, [lang]);
  return (
    <LocaleProvider lang={lang}>
      <Content />
    </LocaleProvider>
  );
}
