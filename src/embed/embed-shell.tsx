import { lazy, Suspense, useCallback, useMemo } from 'react';
import { useLoadedCorpus } from '../data/use-loaded-corpus.ts';
import type { LocalFiles } from '../data/use-local-files.ts';
import { DocumentLanguage } from '../i18n/document-language.tsx';
import { LocaleProvider, useLocale } from '../i18n/locale.tsx';
import { formatUrlState, type UrlState, VIEWS } from '../model/url-state.ts';
import { useUrlState } from '../state/use-url-state.ts';
import { LazyErrorView, LazyFailureList } from '../ui/lazy-load-failures.ts';
import { LazyProvenanceList } from '../ui/lazy-provenance-list.ts';
import { LoadingView } from '../ui/load-status.tsx';
import { parseEmbedOptions } from './embed-options.ts';
import { ReloadNotice } from './reload-notice.tsx';
import { usePostHeight } from './use-post-height.ts';

// The views and d3 load after the frame is up, keeping the embed's first bundle small.
// If their code cannot be fetched, a notice with "Try again" (a reload) stands in for them.
const EmbedViews = lazy(() =>
  import('./embed-views.tsx').then(
    (m) => ({ default: m.EmbedViews }),
    () => ({ default: ReloadNotice }),
  ),
);

// An embed never opens files; the corpus door still takes the same shape.
const NO_FILES: LocalFiles = {
  records: [],
  failures: [],
  reading: false,
  restoring: false,
  kept: [],
  add: async () => {},
  remove: async () => {},
  clear: () => {},
};

function EmbedContent() {
  const url = useUrlState();
  const { state } = url;
  // Inside an iframe a new history entry would hijack the host page's back button: replace instead.
  const update = useCallback(
    (patch: Partial<UrlState>) => url.update(patch, { replace: true }),
    [url.update],
  );
  const { t } = useLocale();
  const options = useMemo(() => parseEmbedOptions(window.location.search), []);
  const loaded = useLoadedCorpus(state, NO_FILES);
  usePostHeight(options.height === null);

  // "Open in Rasd": the explorer with the same filters, window and selection, and every view (the
  // embed's choice of views, like its own parameters, is about the frame, not what the reader opens).
  const explorer = new URL(`./${formatUrlState({ ...state, view: [...VIEWS] })}`, window.location.href).href;

  // The whole embed is its main landmark, with an h1 for axe: an iframe is a page of its own.
  return (
    <main
      className="embed"
      data-theme={options.theme}
      style={options.height ? { height: options.height } : undefined}
    >
      <header className="embed-head">
        <span className="embed-brand">{t.appName}</span>
        <a className="embed-open" href={explorer} target="_blank" rel="noopener">
          {t.embed.openInRasd}
        </a>
      </header>
      <h1 className="sr-only">{`${t.appName} — ${t.embed.title}`}</h1>
      {loaded.status === 'loading' ? <LoadingView /> : null}
      {loaded.status === 'error' ? (
        <Suspense fallback={null}>
          <LazyErrorView failures={loaded.failures} onRetry={loaded.retry} />
        </Suspense>
      ) : null}
      {loaded.status === 'ready' && loaded.failures.length > 0 ? (
        <div className="notice" role="alert">
          <Suspense fallback={null}>
            <LazyFailureList failures={loaded.failures} />
          </Suspense>
        </div>
      ) : null}
      {loaded.status === 'ready' && loaded.provenance.size > 0 ? (
        <Suspense fallback={null}>
          <LazyProvenanceList articles={loaded.corpus.articles} provenance={loaded.provenance} />
        </Suspense>
      ) : null}
      {loaded.status === 'ready' ? (
        <Suspense fallback={<LoadingView />}>
          <EmbedViews corpus={loaded.corpus} state={state} update={update} />
        </Suspense>
      ) : null}
    </main>
  );
}

/** The embed page: one chosen view with minimal chrome, configured only by its URL. */
export function EmbedShell() {
  const { state } = useUrlState();
  return (
    <LocaleProvider lang={state.lang}>
      <DocumentLanguage title={(t) => `${t.appName} — ${t.embed.title}`} />
      <EmbedContent />
    </LocaleProvider>
  );
}
