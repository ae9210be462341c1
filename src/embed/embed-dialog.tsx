import { lazy, Suspense, useState } from 'react';
import { useLocale } from '../app/locale.tsx';
import type { UrlState } from '../model/url-state.ts';

const EmbedDialogBody = lazy(() =>
  import('./embed-dialog-body.tsx').then((module) => ({ default: module.EmbedDialogBody })),
);

/** "Embed": the button, and the dialog behind it, fetched the first time it is pressed. */
export function EmbedDialog({ state, count }: { state: UrlState; count: number }) {
  const { t } = useLocale();
  const [request, setRequest] = useState(0);
  return (
    <>
      <button type="button" className="embed-button" onClick={() => setRequest((n) => n + 1)}>
        {t.embed.button}
      </button>
      {request > 0 ? (
        <Suspense fallback={null}>
          <EmbedDialogBody state={state} count={count} request={request} />
        </Suspense>
      ) : null}
    </>
  );
}
