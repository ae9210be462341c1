import type { EventRecord, EvidenceRecord } from '../model/article-schema.ts';
import { formatNumber } from '../model/format-date.ts';
import { useEditorLocale } from './editor-locale.tsx';
import { EditorQuote } from './editor-quote.tsx';
import { ProblemNotes } from './problem-notes.tsx';
import type { RecordEdit } from './record-edits.ts';
import type { PlacedProblem } from './use-validation.ts';

/** The event's evidence spans, each movable to the current selection or removable (never the last). */
export function EvidenceField({
  event,
  language,
  selection,
  problems,
  apply,
  onAdjust,
}: {
  event: EventRecord;
  language: string;
  /** The text selected in the article, as a span; null when none. */
  selection: EvidenceRecord | null;
  problems: PlacedProblem[];
  apply: (edit: RecordEdit) => void;
  /** Selects span `index` in the article to move its bounds there. */
  onAdjust: (index: number) => void;
}) {
  const { m, lang } = useEditorLocale();
  return (
    <fieldset className="card-evidence">
      <legend>{m.card.evidence}</legend>
      <ol>
        {event.evidence.map((span, index) => (
          <li key={`${span.paragraph}:${span.start}:${span.end}`}>
            <span className="muted">{m.card.paragraph(formatNumber(span.paragraph + 1, lang))}</span>{' '}
            <EditorQuote text={span.quote} language={language} className="evidence-quote" />
            <span className="evidence-actions">
              <button type="button" className="quiet" onClick={() => onAdjust(index)}>
                {m.card.adjust}
              </button>
              <button
                type="button"
                className="quiet"
                disabled={!selection}
                onClick={() =>
                  selection && apply({ kind: 'set-evidence', event: event.id, index, span: selection })
                }
              >
                {m.card.setToSelection}
              </button>
              <button
                type="button"
                className="quiet"
                disabled={event.evidence.length <= 1}
                onClick={() => apply({ kind: 'remove-evidence', event: event.id, index })}
              >
                {m.card.removeEvidence}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <ProblemNotes problems={problems} />
    </fieldset>
  );
}
