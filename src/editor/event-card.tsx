import {
  type ArticleRecord,
  EVENT_TYPES,
  type EventRecord,
  type EventType,
  type EvidenceRecord,
  STATUSES,
  type Status,
} from '../model/article-schema.ts';
import { Field } from './editor-field.tsx';
import { useEditorLocale } from './editor-locale.tsx';
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
}: EventCardProps) {
  const { m, lang } = useEditorLocale();
  const review = event.review ?? 'reviewed';
  const of = (...fields: string[]) =>
    problems.filter((p) => p.target.at === 'event' && fields.includes(p.target.field));
  const headingId = `card-${event.id}`;
  const place = event.place ?? { ar: '', en: '' };
  const setPlace = (patch: Partial<{ ar: string; en: string }>) => {
    const next = { ...place, ...patch };
    apply({ kind: 'place', event: event.id, place: next.ar === '' && next.en === '' ? null : next });
  };

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
          <div className="card-grid">
            <Field label={m.card.type}>
              {(p) => (
                <select
                  {...p}
                  value={event.type}
                  onChange={(e) =>
                    apply({ kind: 'type', event: event.id, type: e.target.value as EventType })
                  }
                >
                  {EVENT_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {m.types[type]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={m.card.status}>
              {(p) => (
                <select
                  {...p}
                  value={event.status}
                  onChange={(e) =>
                    apply({ kind: 'status', event: event.id, status: e.target.value as Status })
                  }
                >
                  {STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {m.statuses[status]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={m.card.titleAr}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  dir="rtl"
                  lang="ar"
                  value={event.title.ar}
                  onChange={(e) =>
                    apply({ kind: 'title', event: event.id, title: { ...event.title, ar: e.target.value } })
                  }
                />
              )}
            </Field>
            <Field label={m.card.titleEn}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  dir="ltr"
                  lang="en"
                  value={event.title.en}
                  onChange={(e) =>
                    apply({ kind: 'title', event: event.id, title: { ...event.title, en: e.target.value } })
                  }
                />
              )}
            </Field>
            <Field label={m.card.placeAr}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  dir="rtl"
                  lang="ar"
                  value={place.ar}
                  onChange={(e) => setPlace({ ar: e.target.value })}
                />
              )}
            </Field>
            <Field label={m.card.placeEn}>
              {(p) => (
                <input
                  {...p}
                  type="text"
                  dir="ltr"
                  lang="en"
                  value={place.en}
                  onChange={(e) => setPlace({ en: e.target.value })}
                />
              )}
            </Field>
          </div>
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
          />
        </div>
      )}
    </section>
  );
}
