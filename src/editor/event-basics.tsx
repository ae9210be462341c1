import {
  EVENT_TYPES,
  type EventRecord,
  type EventType,
  STATUSES,
  type Status,
} from '../model/article-schema.ts';
import { BilingualFields } from './bilingual-fields.tsx';
import { Field } from './editor-field.tsx';
import { useEditorLocale } from './editor-locale.tsx';
import type { RecordEdit } from './record-edits.ts';

/** What kind of event, whether it happened, its titles and its place. */
export function EventBasics({ event, apply }: { event: EventRecord; apply: (edit: RecordEdit) => void }) {
  const { m } = useEditorLocale();
  const place = event.place ?? { ar: '', en: '' };
  // Both names empty is no place; one missing is a problem the validator names beside the field.
  const setPlace = (patch: Partial<{ ar: string; en: string }>) => {
    const next = { ...place, ...patch };
    apply({ kind: 'place', event: event.id, place: next.ar === '' && next.en === '' ? null : next });
  };
  return (
    <div className="card-grid">
      <Field label={m.card.type}>
        {(p) => (
          <select
            {...p}
            value={event.type}
            onChange={(e) => apply({ kind: 'type', event: event.id, type: e.target.value as EventType })}
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
            onChange={(e) => apply({ kind: 'status', event: event.id, status: e.target.value as Status })}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {m.statuses[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <BilingualFields
        labels={{ ar: m.card.titleAr, en: m.card.titleEn }}
        value={event.title}
        onChange={(lang, text) =>
          apply({ kind: 'title', event: event.id, title: { ...event.title, [lang]: text } })
        }
      />
      <BilingualFields
        labels={{ ar: m.card.placeAr, en: m.card.placeEn }}
        value={place}
        onChange={(lang, text) => setPlace({ [lang]: text })}
      />
    </div>
  );
}
