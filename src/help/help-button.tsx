import { Suspense, useEffect, useState } from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import { useLocale } from '../i18n/locale.tsx';
import { SHARE_HELP_MESSAGES } from '../i18n/share-help-strings.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { retryFailedLazies, retryingLazy } from '../ui/retrying-lazy.ts';

const dialogCode = retryableImport(() => import('./help-dialog.tsx'));
const Dialog = retryingLazy(() => dialogCode().then((module) => module.HelpDialog));

// Typing a question mark in a field is writing, not asking for help; an Arabic keyboard gives «؟».
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), dialog';

/** Whether a key press asks for the help: `?` (or `؟`) outside any field, without a modifier. */
export function asksForHelp(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>) {
  if (event.key !== '?' && event.key !== '؟') return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as Element | null;
  return !target?.closest?.(TYPING);
}

/** «كيف تقرأ رصد»: the header's help button and the `?` key, both opening the dialog fetched on demand. */
export function HelpButton() {
  const { t, lang } = useLocale();
  const m = SHARE_HELP_MESSAGES[lang];
  const [request, setRequest] = useState(0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !asksForHelp(event)) return;
      event.preventDefault();
      setRequest((n) => n + 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        className="header-button"
        aria-keyshortcuts="?"
        onClick={() => setRequest((n) => n + 1)}
      >
        {m.help}
      </button>
      {request > 0 ? (
        <ErrorBoundary
          fallback={(_, reset) => (
            <span className="notice" role="alert">
              {m.helpLoadFailed}{' '}
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
            <Dialog request={request} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </>
  );
}
