import { useCallback, useMemo, useRef, useState } from 'react';
import type { ArticleRecord } from '../model/article-schema.ts';
import { formatNumber } from '../model/format-date.ts';
import type { EditorDraft } from './editor-draft.ts';
import { useEditorLocale } from './editor-locale.tsx';
import { EditorReader } from './editor-reader.tsx';
import { EventCard } from './event-card.tsx';
import { FinishBar } from './finish-bar.tsx';
import { editRecord, type RecordEdit } from './record-edits.ts';
import { SelectionBar } from './selection-bar.tsx';
import type { Drafter } from './use-drafter.ts';
import { useTextSelection } from './use-text-selection.ts';
import { useValidation } from './use-validation.ts';

/** Review of a drafted record: the article with its evidence, the event cards, and the way out. */
export function ReviewStage({
  draft,
  record,
  update,
  drafter,
  savedAt,
  onEditInput,
}: {
  draft: EditorDraft;
  record: ArticleRecord;
  update: (change: (d: EditorDraft) => EditorDraft) => void;
  drafter: Drafter;
  savedAt: number | false | null;
  onEditInput: () => void;
}) {
  const { m, lang } = useEditorLocale();
  const [chosenId, setChosen] = useState<string | null>(record.events[0]?.id ?? null);
  const barRef = useRef<HTMLElement>(null);
  const checked = useValidation(record);
  const chosen = record.events.find((e) => e.id === chosenId) ?? null;
  const reviewed = record.events.filter((e) => e.review !== 'drafted').length;
  const apply = useCallback(
    (edit: RecordEdit) => update((d) => (d.record ? { ...d, record: editRecord(d.record, edit) } : d)),
    [update],
  );
  const text = useTextSelection(record, chosenId, setChosen, apply);
  const moving = text.adjusting && record.events.find((e) => e.id === text.adjusting?.event);
  const byEvent = useMemo(() => {
    const map = new Map<string, typeof checked.problems>();
    for (const p of checked.problems) if (p.event) map.set(p.event, [...(map.get(p.event) ?? []), p]);
    return map;
  }, [checked]);

  return (
    <div className="review">
      {draft.warnings.length > 0 || record.events.length === 0 ? (
        <div className="notice" role="status">
          <ul>
            {record.events.length === 0 ? <li>{m.noEvents}</li> : null}
            {draft.warnings
              .filter(
                (w) =>
                  Object.hasOwn(m.warnings, w.code) &&
                  !(w.code === 'no-events' && record.events.length === 0),
              )
              .map((w) => (
                <li key={`${w.code}:${w.detail ?? ''}`}>{m.warnings[w.code]?.(w.detail ?? '')}</li>
              ))}
          </ul>
        </div>
      ) : null}
      <div className="review-grid">
        <section className="editor-panel reader-column" aria-label={m.reader.heading}>
          <div className="reader-head">
            <h2>{m.reader.heading}</h2>
            <button type="button" className="quiet" onClick={onEditInput}>
              {m.input.editInput}
            </button>
          </div>
          <EditorReader
            record={record}
            selectedEvent={chosenId}
            pending={text.pending}
            onPending={text.onPending}
            onTwoParagraphs={text.onTwoParagraphs}
            onChoose={setChosen}
            onActions={() =>
              barRef.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
            }
          />
          <SelectionBar
            selection={text.selection}
            language={record.language}
            chosen={chosen}
            note={text.note}
            barRef={barRef}
            onAdd={text.add}
            moving={
              moving
                ? m.selection.moveHere(
                    formatNumber((text.adjusting?.index ?? 0) + 1, lang),
                    moving.title[lang],
                  )
                : null
            }
            onMove={text.move}
            onNew={text.create}
            onClear={text.clear}
          />
        </section>
        <section className="editor-panel cards-column" aria-labelledby="events-heading">
          <h2 id="events-heading">{m.events.heading(record.events.length)}</h2>
          <p className="muted">{m.events.reviewed(reviewed, record.events.length)}</p>
          {record.events.length === 0 ? <p>{m.noEvents}</p> : null}
          {record.events.map((event) => (
            <EventCard
              key={event.id}
              event={event}
              record={record}
              chosen={event.id === chosenId}
              problems={byEvent.get(event.id) ?? []}
              selection={text.selection}
              apply={apply}
              onChoose={() => setChosen(event.id)}
              onAdjust={(index) => text.adjust(event.id, index)}
              search={drafter.search}
            />
          ))}
        </section>
      </div>
      <FinishBar record={record} checked={checked} savedAt={savedAt} />
    </div>
  );
}
