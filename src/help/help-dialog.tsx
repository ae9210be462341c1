import './help.css';
import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import { HELP_PAGE_MESSAGES } from '../i18n/help-page-strings.ts';
import { useLocale } from '../i18n/locale.tsx';
import { SHARE_HELP_MESSAGES } from '../i18n/share-help-strings.ts';
import { HelpData } from './help-data.tsx';
import { HelpKeys } from './help-keys.tsx';
import { HelpMarks } from './help-marks.tsx';

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Props of HelpDialog. */
export interface HelpDialogProps {
  /** Changes each time the reader asks for the help: it opens then. */
  request: number;
}

/**
 * «كيف تقرأ رصد»: a modal dialog on what the marks, looks and highlights mean, the keys, and where the
 * data comes from. Escape or the close button closes it, and focus goes back where it was.
 */
export function HelpDialog({ request }: HelpDialogProps) {
  const { lang, t } = useLocale();
  const m = HELP_PAGE_MESSAGES[lang];
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const node = dialog.current;
    if (request === 0 || !node || node.open) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    node.showModal();
    node.querySelector<HTMLElement>('.help-close')?.focus();
  }, [request]);

  // A modal dialog already makes the page behind it inert; Tab also wraps here instead of leaving
  // for the browser's own controls.
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab') return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby={titleId}
      lang={lang}
      dir={t.dir}
      onKeyDown={onKeyDown}
      onClose={() => {
        if (opener.current?.isConnected) opener.current.focus();
      }}
    >
      <div className="help-head">
        <h2 id={titleId}>{m.helpTitle}</h2>
        <button type="button" className="quiet help-close" onClick={() => dialog.current?.close()}>
          {SHARE_HELP_MESSAGES[lang].close}
        </button>
      </div>
      <p>{m.intro}</p>
      <HelpMarks />
      <section aria-labelledby={`${titleId}-evidence`}>
        <h3 id={`${titleId}-evidence`}>{m.evidenceHeading}</h3>
        <p className="help-sample">
          {m.evidenceSample.plain} <span className="help-evidence">{m.evidenceSample.mark}</span>{' '}
          <span className="help-evidence selected">{m.evidenceSample.selected}</span>{' '}
          <mark className="hit">{m.evidenceSample.hit}</mark>
        </p>
        {m.evidenceText.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </section>
      <HelpKeys />
      <HelpData />
    </dialog>
  );
}
