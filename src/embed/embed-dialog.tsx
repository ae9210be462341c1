import './embed-dialog.css';
import { Suspense, useState } from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { UrlState } from '../model/url-state.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { retryFailedLazies, retryingLazy } from '../ui/retrying-lazy.ts';
import type { EmbedDialogBodyProps } from './embed-dialog-body.tsx';

// One loader for the Embed button and the share panel, so the dialog's code is one copy however it came.
const bodyCode = retryableImport(() => import('./embed-dialog-body.tsx'));
const Body = retryingLazy(() => bodyCode().then((module) => module.EmbedDialogBody));

/**
 * The Embed dialog, fetched the first time it is asked for. If its code cannot be fetched (offline, a
 * new release), that is said here, with a "Try again" that fetches it again; the rest of the page stays.
 */
export function LoadedEmbedDialog(props: EmbedDialogBodyProps) {
  const { t } = useLocale();
  return (
    <ErrorBoundary
      fallback={(_, reset) => (
        <span className="notice" role="alert">
          {t.embed.loadFailed}{' '}
          <button
            type="button"
            onClick={() => {
              retryFailedLazies();
              reset();
            }}
          >
            {t.retry}
          </button>
        </span>
      )}
    >
      <Suspense fallback={null}>
        <Body {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

/** "Embed": the button, and the dialog behind it, fetched the first time it is pressed. */
export function EmbedDialog({ state, count }: { state: UrlState; count: number }) {
  const { t } = useLocale();
  const [request, setRequest] = useState(0);
  return (
    <>
      <button type="button" className="embed-button" onClick={() => setRequest((n) => n + 1)}>
        {t.embed.button}
      </button>
      {request > 0 ? <LoadedEmbedDialog state={state} count={count} request={request} /> : null}
    </>
  );
}
