import './export.css';
import { type KeyboardEvent, Suspense, useCallback, useId, useRef, useState } from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import { EXPORT_BUTTON_STRINGS } from '../i18n/export-button-strings.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { Corpus, CorpusEvent } from '../model/corpus.ts';
import type { UrlState } from '../model/url-state.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { retryFailedLazies, retryingLazy } from '../ui/retrying-lazy.ts';

const menuCode = retryableImport(() => import('./export-menu.tsx'));
const Menu = retryingLazy(() => menuCode().then((module) => module.ExportMenu));

/** Props of ExportButton. */
export interface ExportButtonProps {
  corpus: Corpus;
  /** The events the filters keep, in time order: what every export holds. */
  events: CorpusEvent[];
  state: UrlState;
}

/**
 * «تصدير» / Export: a menu button (WAI-ARIA pattern). The menu and every format are fetched the first
 * time it opens, so the first load carries only this button.
 */
export function ExportButton({ corpus, events, state }: ExportButtonProps) {
  const { lang } = useLocale();
  const words = EXPORT_BUTTON_STRINGS[lang];
  const ids = { button: useId(), menu: useId() };
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const [status, setStatus] = useState('');
  const close = useCallback((focusButton: boolean) => {
    setOpen(null);
    if (focusButton) buttonRef.current?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };
  return (
    <div className="export-menu-button">
      <button
        ref={buttonRef}
        type="button"
        id={ids.button}
        className="export-button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open !== null ? ids.menu : undefined}
        onClick={() => setOpen((current) => (current ? null : 'first'))}
        onKeyDown={onKeyDown}
      >
        {words.button}
      </button>
      {open !== null ? (
        // If the menu's code cannot be fetched (offline, a new release), say so here; the rest stays.
        <ErrorBoundary
          fallback={(_, reset) => (
            <span className="notice" role="alert">
              {words.loadFailed}{' '}
              <button
                type="button"
                onClick={() => {
                  retryFailedLazies();
                  reset();
                }}
              >
                {words.button}
              </button>
            </span>
          )}
        >
          <Suspense fallback={<span className="export-status">{words.loading}</span>}>
            <Menu
              id={ids.menu}
              labelledBy={ids.button}
              focus={open}
              corpus={corpus}
              events={events}
              state={state}
              buttonRef={buttonRef}
              onClose={close}
              onStatus={setStatus}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      <span className="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
