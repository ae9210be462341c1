import type { ArticleRecord, EventRecord, EvidenceRecord } from '../model/article-schema.ts';
import { useEditorLocale } from './editor-locale.tsx';
import { EventBasics } from './event-basics.tsx';
import { EvidenceField } from './evidence-field.tsx';
import type { Candidate } from './gazetteer-entity.ts';
import { ParticipantsField } from './participants-field.tsx';
import { ProblemNotes } from './problem-notes.tsx';
import type { RecordEdit } from './record-edits.ts';
import type { PlacedProblem } from './use-validation.ts';
import { WhenField } from './when-field.tsx';

/** Props of EventCard. */
export interface EventCardProps {
  event: EventRecord;
  record: ArticleRecord;
  chosen: boolean;
  problems: PlacedProblem[];
  selection: EvidenceRecord | null;
  apply: (edit: RecordEdit) => void;
  onChoose: () => void;
  /** Selects one of the event's spans in the article, to move its bounds. */
  onAdjust: (index: number) => void;
  search: (query: string, date: string) => Promise<Candidate[]>;
}

/** One drafted event to accept or reject and correct: its kind, who, when, where, and the words that say so. */
export function EventCard({
  event,
  record,
  chosen,
  problems,
  selection,
  apply,
  onChoose,
  search,
  onAdjust,
}: EventCardProps) {
  const { m, lang } = useEditorLocale();
  const review = event.review ?? 'reviewed';
  const of = (...fields: string[]) =>
    problems.filter((p) => p.target.at === 'event' && fields.includes(p.target.field));
  const headingId = `card-${event.id}`;
  return (
    <section
      className={`event-card review-${review}${chosen ? ' chosen' : ''}`}
      aria-labelledby={headingId}
      data-event={event.id}
    >
      <header className="card-head">
        <h3 id={headingId}>
          <button type="button" className="card-choose" aria-pressed={chosen} onClick={onChoose}>
            <bdi>{event.title[lang]}</bdi>
          </button>
        </h3>
        <span className={`review-badge ${review}`}>{m.card.review[review]}</span>
      </header>
      <div className="review-actions">
        <button
          type="button"
          className="accept"
          aria-pressed={review === 'reviewed'}
          onClick={() => apply({ kind: 'review', event: event.id, review: 'reviewed' })}
        >
          {m.card.accept}
        </button>
        <button
          type="button"
          className="reject"
          aria-pressed={review === 'rejected'}
          onClick={() => apply({ kind: 'review', event: event.id, review: 'rejected' })}
        >
          {m.card.reject}
        </button>
        {review !== 'drafted' && event.review !== undefined ? (
          <button
            type="button"
            className="quiet"
            onClick={() => apply({ kind: 'review', event: event.id, review: 'drafted' })}
          >
            {m.card.undo}
          </button>
        ) : null}
      </div>
      {review === 'rejected' ? null : (
        <div className="card-body">
          <EventBasics event={event} apply={apply} />
          <ProblemNotes problems={of('title', 'type', 'status', 'place', 'other')} />
          <ParticipantsField
            event={event}
            record={record}
            problems={of('participants')}
            apply={apply}
            search={search}
          />
          <WhenField event={event} problems={of('when')} apply={apply} />
          <EvidenceField
            event={event}
            language={record.language}
            selection={selection}
            problems={of('evidence')}
            apply={apply}
            onAdjust={onAdjust}
          />
        </div>
      )}
    </section>
  );
}
