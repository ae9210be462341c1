import './embed-dialog.css';
import { lazy, Suspense, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { UrlState } from '../model/url-state.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';

// A fresh lazy component for each try: React keeps a failed import's error for good.
const loadBody = () =>
  lazy(() => import('./embed-dialog-body.tsx').then((module) => ({ default: module.EmbedDialogBody })));

/** "Embed": the button, and the dialog behind it, fetched the first time it is pressed. */
export function EmbedDialog({ state, count }: { state: UrlState; count: number }) {
  const { t } = useLocale();
  const [request, setRequest] = useState(0);
  const [Body, setBody] = useState(loadBody);
  return (
    <>
      <button type="button" className="embed-button" onClick={() => setRequest((n) => n + 1)}>
        {t.embed.button}
      </button>
      {request > 0 ? (
        // If the dialog's code cannot be fetched (offline, a new release), say so here; the rest stays.
        <ErrorBoundary
          fallback={(_, reset) => (
            <span className="notice" role="alert">
              {t.embed.loadFailed}{' '}
              <button
                type="button"
                onClick={() => {
                  setBody(() => loadBody());
                  reset();
                }}
              >
                {t.retry}
              </button>
            </span>
          )}
        >
          <Suspense fallback={null}>
            <Body state={state} count={count} request={request} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  );
}
