import './header-controls.css';
import { Suspense, useEffect, useRef, useState } from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import { useLocale } from '../i18n/locale.tsx';
import { SHARE_HELP_MESSAGES } from '../i18n/share-help-strings.ts';
import type { Corpus } from '../model/corpus.ts';
import type { UrlState } from '../model/url-state.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { retryFailedLazies, retryingLazy } from '../ui/retrying-lazy.ts';
import { shareLink } from './share-link.ts';

// The panel (the link's field, the embed snippet) is fetched on the first press; the copy is not
// kept waiting for it, so the clipboard is written while the press still counts as the reader's.
// If it cannot be fetched, the link alone is shown, and opening the panel again fetches it again.
const panelCode = retryableImport(() => import('./share-panel.tsx'));
const SharePanel = retryingLazy(() => panelCode().then((module) => module.SharePanel));

/** Props of ShareButton. */
export interface ShareButtonProps {
  state: UrlState;
  /** The loaded corpus, for the embed's count of events; null while loading. */
  corpus: Corpus | null;
  /** How many records are open from this computer: a link cannot carry them (default none). */
  ownFiles?: number;
}

/**
 * «مشاركة»: copies the link to the current view and opens a small panel with the link (selected in
 * its field when the clipboard is refused) and the embed snippet. The outcome is said in a polite
 * live region that stays mounted, so screen readers announce each copy.
 */
export function ShareButton({ state, corpus, ownFiles = 0 }: ShareButtonProps) {
  const { lang } = useLocale();
  const m = SHARE_HELP_MESSAGES[lang];
  const [open, setOpen] = useState(false);
  const [link, setLink] = useState('');
  const [outcome, setOutcome] = useState<'copied' | 'refused' | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelFailed = useRef(false);

  const copy = async (href: string) => {
    setOutcome(null);
    try {
      await navigator.clipboard.writeText(href);
      setOutcome('copied');
    } catch {
      setOutcome('refused');
    }
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    setOutcome(null);
    if (refocus) button.current?.focus();
  };

  // A press outside closes the panel, as a menu would (the modal embed dialog is not outside); Escape
  // inside closes it and only it: not the shell's Escape, which would also clear the selected event
  // (this listener captures first), and not inside the embed dialog, which closes itself.
  useEffect(() => {
    if (!open) return;
    const inside = (target: EventTarget | null) =>
      target instanceof Element && (root.current?.contains(target) || target.closest('dialog') !== null);
    const onDown = (event: PointerEvent) => {
      if (!inside(event.target)) close(false);
    };
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (event.key !== 'Escape' || !(target instanceof Element) || !root.current?.contains(target)) return;
      if (target.closest('dialog')) return;
      event.stopPropagation();
      close(true);
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey, true);
    };
  });

  return (
    <div className="share" ref={root}>
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-expanded={open}
        onClick={() => {
          if (panelFailed.current) retryFailedLazies();
          panelFailed.current = false;
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
          {outcome === 'copied'
            ? ownFiles > 0
              ? m.copiedWithoutFiles(ownFiles)
              : m.copied
            : outcome === 'refused'
              ? m.copyRefused
              : ''}
        </p>
        {open ? (
          // Should the panel's code not arrive, the link is still there to select by hand.
          <ErrorBoundary
            fallback={() => {
              panelFailed.current = true;
              return <p dir="ltr">{link}</p>;
            }}
          >
            <Suspense fallback={null}>
              <SharePanel
                link={link}
                refused={outcome === 'refused'}
                state={state}
                corpus={corpus}
                onCopy={() => void copy(link)}
                onClose={() => close(true)}
              />
            </Suspense>
          </ErrorBoundary>
        ) : null}
      </div>
    </div>
  );
}
