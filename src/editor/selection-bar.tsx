import type { Ref } from 'react';
import type { EventRecord, EvidenceRecord } from '../model/article-schema.ts';
import { formatNumber } from '../model/format-date.ts';
import { useEditorLocale } from './editor-locale.tsx';
import { EditorQuote } from './editor-quote.tsx';

/** What to do with the text selected in the article: evidence for the chosen event, or a new event. */
export function SelectionBar({
  selection,
  language,
  chosen,
  note,
  barRef,
  onAdd,
  moving,
  onMove,
  onNew,
  onClear,
}: {
  selection: EvidenceRecord | null;
  /** The article's language, for the quote. */
  language: string;
  chosen: EventRecord | null;
  /** A word about the last action or a selection that could not be taken. */
  note: string | null;
  barRef: Ref<HTMLElement>;
  onAdd: () => void;
  /** The words of the move in progress (an evidence span being adjusted), or null. */
  moving: string | null;
  onMove: () => void;
  onNew: () => void;
  onClear: () => void;
}) {
  const { m, lang } = useEditorLocale();
  return (
    <section
      className={`selection-bar${selection ? ' active' : ''}`}
      ref={barRef}
      aria-labelledby="selection-heading"
    >
      <h3 id="selection-heading" className="card-label">
        {m.selection.heading}
        {selection ? (
          <span className="muted"> · {m.card.paragraph(formatNumber(selection.paragraph + 1, lang))}</span>
        ) : null}
      </h3>
      {/* Read out as it changes, so a keyboard user hears each word the selection takes in. */}
      <div aria-live="polite">
        {selection ? (
          <p className="selection-quote">
            <EditorQuote text={selection.quote} language={language} />
          </p>
        ) : (
          <p className="muted">{m.selection.none}</p>
        )}
      </div>
      <div className="selection-actions">
        {moving ? (
          <button type="button" className="primary" disabled={!selection} onClick={onMove}>
            {moving}
          </button>
        ) : null}
        <button
          type="button"
          className={moving ? undefined : 'primary'}
          disabled={!selection || !chosen}
          onClick={onAdd}
        >
          {chosen ? m.selection.addTo(chosen.title[lang]) : m.selection.chooseEvent}
        </button>
        <button type="button" disabled={!selection} onClick={onNew}>
          {m.selection.newEvent}
        </button>
        <button type="button" className="quiet" disabled={!selection} onClick={onClear}>
          {m.selection.clear}
        </button>
      </div>
      <p className="status-line" role="status">
        {note ?? ''}
      </p>
    </section>
  );
}
