import './header-controls.css';
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { ErrorBoundary } from '../app/error-boundary.tsx';
import { useLocale } from '../app/locale.tsx';
import { recentFilterEvents, toFilterState } from '../app/use-filtered-events.ts';
import { SHARE_HELP_MESSAGES } from '../i18n/share-help-strings.ts';
import type { Corpus } from '../model/corpus.ts';
import { filterIndexOf } from '../model/filter-index.ts';
import type { UrlState } from '../model/url-state.ts';
import { shareLink } from './share-link.ts';

// The embed dialog is the one in src/embed, fetched the first time its snippet is asked for here.
const EmbedDialogBody = lazy(() =>
  import('../embed/embed-dialog-body.tsx').then((module) => ({ default: module.EmbedDialogBody })),
);

/** Props of ShareButton. */
export interface ShareButtonProps {
  state: UrlState;
  /** The loaded corpus, for the embed's count of events; null while loading. */
  corpus: Corpus | null;
}

/**
 * «مشاركة»: copies the link to the current view and opens a small panel with the link (selected in
 * its field when the clipboard is refused) and the embed snippet. The outcome is said in a polite
 * live region that stays mounted, so screen readers announce each copy.
 */
export function ShareButton({ state, corpus }: ShareButtonProps) {
  const { t, lang } = useLocale();
  const m = SHARE_HELP_MESSAGES[lang];
  const ids = { panel: useId(), field: useId() };
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState('');
  const [outcome, setOutcome] = useState<'copied' | 'refused' | null>(null);
  const [embedRequest, setEmbedRequest] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);

  const copy = async (href: string) => {
    setOutcome(null);
    try {
      await navigator.clipboard.writeText(href);
      setOutcome('copied');
    } catch {
      setOutcome('refused');
    }
  };

  useEffect(() => {
    if (outcome !== 'refused') return;
    field.current?.focus();
    field.current?.select();
  }, [outcome]);

  // A press outside the panel closes it, as a menu would (the modal embed dialog is not outside).
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (target && (root.current?.contains(target) || (target as Element).closest?.('dialog'))) return;
      setOpen(false);
      setOutcome(null);
    };
    // Escape inside the panel closes it, and only it: not the shell's Escape, which would also clear
    // the selected event (capture runs first), and not inside the embed dialog, which closes itself.
    const onKey = (event: globalThis.KeyboardEvent) => {
      const target = event.target as Element | null;
      if (event.key !== 'Escape' || !target || !root.current?.contains(target) || target.closest('dialog'))
        return;
      event.stopPropagation();
      setOpen(false);
      setOutcome(null);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    setOutcome(null);
    button.current?.focus();
  };
  const count = () => (corpus ? recentFilterEvents(filterIndexOf(corpus), toFilterState(state)).length : 0);

  return (
    <div className="share" ref={root}>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls={open ? ids.panel : undefined}
        onClick={() => {
          const href = shareLink(state, window.location.href);
          setLink(href);
          setOpen(true);
          void copy(href);
        }}
      >
        {m.share}
      </button>
      <div className="share-popover" data-open={open}>
        <p className="share-status" role="status" aria-live="polite">
          {outcome === 'copied' ? m.copied : outcome === 'refused' ? m.copyRefused : ''}
        </p>
        {open ? (
          <fieldset id={ids.panel} className="share-panel">
            <legend className="sr-only">{m.sharePanel}</legend>
            <label htmlFor={ids.field}>{m.linkLabel}</label>
            <input
              id={ids.field}
              ref={field}
              type="url"
              dir="ltr"
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
            />
            <div className="share-actions">
              <button type="button" onClick={() => void copy(link)}>
                {m.copyLink}
              </button>
              <button type="button" onClick={() => setEmbedRequest((n) => n + 1)}>
                {m.embedCode}
              </button>
              <button type="button" className="quiet" onClick={close}>
                {m.close}
              </button>
            </div>
          </fieldset>
        ) : null}
      </div>
      {embedRequest > 0 ? (
        <ErrorBoundary fallback={() => <span role="alert">{t.embed.loadFailed}</span>}>
          <Suspense fallback={null}>
            <EmbedDialogBody state={state} count={count()} request={embedRequest} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </div>
  );
}
