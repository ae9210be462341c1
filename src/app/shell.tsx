import { Suspense, useDeferredValue, useEffect } from 'react';
import { OpenFiles } from '../corpus/open-files.tsx';
import { useLocalFiles } from '../data/use-local-files.ts';
import { HelpButton } from '../help/help-button.tsx';
import { DocumentLanguage } from '../i18n/document-language.tsx';
import { LocaleProvider, useLocale } from '../i18n/locale.tsx';
import { filterIndexOf } from '../model/filter-index.ts';
import { ShareButton } from '../share/share-button.tsx';
import { useUrlState } from '../state/use-url-state.ts';
import { ThemeSwitch } from '../theme/theme-switch.tsx';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { LazyErrorView, LazyFailureList } from '../ui/lazy-load-failures.ts';
import { LazyProvenanceList } from '../ui/lazy-provenance-list.ts';
import { LoadingView } from '../ui/load-status.tsx';
import { CorpusProblems } from './corpus-problems.tsx';
import { UrlNotices } from './url-notices.tsx';
import { useLinkCorpus } from './use-link-corpus.ts';
import { Workspace } from './workspace.tsx';

/** Above this many events a new corpus is rendered in slices (a transition) rather than in one task. */
const LARGE_CORPUS = 20_000;

function Content() {
  const { state, notices, update } = useUrlState();
  const { t, lang } = useLocale();
  const local = useLocalFiles();
  // The filter index of the bundled corpus is built while it loads, not in the render that draws it.
  const { loaded, state: known, notices: dropped } = useLinkCorpus(state, local, filterIndexOf);
  const { failures } = loaded;
  // A large corpus is drawn in a transition, which React renders in slices of a few milliseconds: at
  // 100,000 events a synchronous first render of every view blocked the page for half a second. A
  // small one is drawn at once, which is sooner.
  const deferred = useDeferredValue(loaded.corpus);
  const corpus = loaded.corpus.events.length > LARGE_CORPUS ? deferred : loaded.corpus;
  // Meanwhile what is on screen stays; a first corpus keeps the loading view until it is drawn.
  const ready = loaded.status === 'ready' && !(corpus !== loaded.corpus && corpus.articles.length === 0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== 'Escape' || target?.closest('input, textarea, select, dialog, [role="dialog"]'))
        return;
      if (new URLSearchParams(window.location.search).has('event')) update({ event: null });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [update]);

  return (
    <>
      <header className="topbar">
        {state.view.includes('list') ? (
          <a className="skip-link" href="#events">
            {t.skipToEvents}
          </a>
        ) : null}
        <div className="brand">
          <h1>{t.appName}</h1>
          <p className="tagline">{t.tagline}</p>
        </div>
        <div className="topbar-actions">
          <a className="open-files" href={`./editor.html?lang=${lang}`}>
            {t.newArticle}
          </a>
          <OpenFiles local={local} />
          <ShareButton state={state} corpus={ready ? corpus : null} ownFiles={local.records.length} />
          <ThemeSwitch />
          <HelpButton />
          <button
            type="button"
            className="lang-switch"
            lang={lang === 'ar' ? 'en' : 'ar'}
            aria-label={t.switchLanguageLabel}
            onClick={() => update({ lang: lang === 'ar' ? 'en' : 'ar' })}
          >
            {t.switchLanguage}
          </button>
        </div>
      </header>
      <main>
        <UrlNotices notices={dropped.length ? [...notices, ...dropped] : notices} />
        {local.reading ? (
          <p className="notice" role="status">
            {t.corpus.reading}
          </p>
        ) : null}
        {loaded.status === 'loading' || (loaded.status === 'ready' && !ready) ? <LoadingView /> : null}
        {loaded.status === 'error' ? (
          <Suspense fallback={null}>
            <LazyErrorView failures={failures} onRetry={loaded.retry} />
          </Suspense>
        ) : null}
        {ready && failures.length > 0 ? (
          <div className="notice" role="alert">
            <p>{t.corpus.loadedRejected(corpus.articles.length, failures.length)}</p>
            <Suspense fallback={null}>
              <LazyFailureList failures={failures} />
            </Suspense>
          </div>
        ) : null}
        {loaded.pending.length > 0 && loaded.status !== 'loading' ? (
          <p className="notice" role="status">
            {t.sources.pending(loaded.pending.length)}
          </p>
        ) : null}
        {ready && loaded.provenance.size > 0 ? (
          <Suspense fallback={null}>
            <LazyProvenanceList articles={corpus.articles} provenance={loaded.provenance} />
          </Suspense>
        ) : null}
        {ready && corpus.problems.length > 0 ? <CorpusProblems problems={corpus.problems} /> : null}
        {ready && corpus.articles.length === 0 && failures.length === 0 ? (
          <div className="status-view">
            <p className="status-title">{t.corpus.none}</p>
            <p className="muted">{t.corpus.noneHelp}</p>
          </div>
        ) : null}
        {ready && corpus.articles.length > 0 ? (
          <ErrorBoundary
            fallback={(error, reset) => (
              <div className="status-view error" role="alert">
                <h2 className="status-title">{t.viewFailed}</h2>
                <details className="raw-detail">
                  <summary>{t.rawDetail}</summary>
                  <code dir="auto">{error.message}</code>
                </details>
                <button type="button" onClick={reset}>
                  {t.retry}
                </button>
              </div>
            )}
          >
            <Workspace
              corpus={corpus}
              state={known}
              update={update}
              index={loaded.index}
              origins={loaded.origins}
            />
          </ErrorBoundary>
        ) : null}
      </main>
    </>
  );
}

/** The explorer: the document's language and direction follow the `lang` URL parameter. */
export function Shell() {
  const { state } = useUrlState();
  const { lang } = state;
  return (
    <LocaleProvider lang={lang}>
      <DocumentLanguage title={(t) => `${t.appName} — ${t.tagline}`} />
      <Content />
    </LocaleProvider>
  );
}
