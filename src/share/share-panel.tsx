import './share-panel.css';
import { useEffect, useId, useRef, useState } from 'react';
import { LoadedEmbedDialog } from '../embed/embed-dialog.tsx';
import { useLocale } from '../i18n/locale.tsx';
import { SHARE_HELP_MESSAGES } from '../i18n/share-help-strings.ts';
import type { Corpus } from '../model/corpus.ts';
import { filterIndexOf } from '../model/filter-index.ts';
import type { UrlState } from '../model/url-state.ts';
import { recentFilterEvents, toFilterState } from '../state/use-filtered-events.ts';

/** Props of SharePanel. */
export interface SharePanelProps {
  link: string;
  /** The clipboard refused the link: it is then focused and selected in its field. */
  refused: boolean;
  state: UrlState;
  corpus: Corpus | null;
  onCopy: () => void;
  onClose: () => void;
}

/** The share panel: the link in a field, copy it again, the embed snippet for the same view, close. */
export function SharePanel({ link, refused, state, corpus, onCopy, onClose }: SharePanelProps) {
  const { lang } = useLocale();
  const m = SHARE_HELP_MESSAGES[lang];
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);
  const [embedRequest, setEmbedRequest] = useState(0);

  useEffect(() => {
    if (!refused) return;
    field.current?.focus();
    field.current?.select();
  }, [refused]);

  // The same filtered events the views show (the filter's last results are kept, so this is a lookup).
  const count = () => (corpus ? recentFilterEvents(filterIndexOf(corpus), toFilterState(state)).length : 0);

  return (
    <fieldset className="share-panel">
      <legend className="sr-only">{m.sharePanel}</legend>
      <label htmlFor={fieldId}>{m.linkLabel}</label>
      <input
        id={fieldId}
        ref={field}
        type="url"
        dir="ltr"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
      />
      <div className="share-actions">
        <button type="button" onClick={onCopy}>
          {m.copyLink}
        </button>
        <button type="button" onClick={() => setEmbedRequest((n) => n + 1)}>
          {m.embedCode}
        </button>
        <button type="button" className="quiet" onClick={onClose}>
          {m.close}
        </button>
      </div>
      {embedRequest > 0 ? (
        // The embed dialog is the one in src/embed, fetched the first time its snippet is asked for here.
        <LoadedEmbedDialog state={state} count={count()} request={embedRequest} />
      ) : null}
    </fieldset>
  );
}
