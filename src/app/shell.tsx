import { useEffect } from 'react';
import { useCorpus } from '../data/get-corpus.ts';
import { CorpusLoadError } from '../data/load-error.ts';
import { formatNumber } from '../model/format-date.ts';
import { ErrorView, FailureList, LoadingView } from './load-status.tsx';
import { LocaleProvider, useLocale } from './locale.tsx';
import { STRINGS } from './strings.ts';
import { UrlNotices } from './url-notices.tsx';
import { useUrlState } from './use-url-state.ts';
import { Workspace } from './workspace.tsx';

function Content() {
  const { state, notices, update } = useUrlState();
  const { t, lang } = useLocale();
  const query = useCorpus();

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
        {query.isSuccess ? <Workspace corpus={query.data.corpus} state={state} update={update} /> : null}
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
