import {
  CERTAINTIES,
  type Certainty,
  type EventRecord,
  PRECISIONS,
  type Precision,
} from '../model/article-schema.ts';
import { Field } from './editor-field.tsx';
import { useEditorLocale } from './editor-locale.tsx';
import { ProblemNotes } from './problem-notes.tsx';
import type { RecordEdit } from './record-edits.ts';
import type { PlacedProblem } from './use-validation.ts';
import { withPrecision } from './when-precision.ts';

/** The event's date: the words as written, the interval, its precision and certainty. */
export function WhenField({
  event,
  problems,
  apply,
}: {
  event: EventRecord;
  problems: PlacedProblem[];
  apply: (edit: RecordEdit) => void;
}) {
  const { m } = useEditorLocale();
  const { when } = event;
  const set = (patch: Partial<EventRecord['when']>) => apply({ kind: 'when', event: event.id, when: patch });
  return (
    <fieldset className="card-when">
      <legend>{m.card.when}</legend>
      <div className="card-grid">
        <Field label={m.card.whenText} help={m.card.whenTextHelp}>
          {(p) => (
            <input
              {...p}
              type="text"
              dir="auto"
              value={when.text ?? ''}
              onChange={(e) => set({ text: e.target.value === '' ? null : e.target.value })}
            />
          )}
        </Field>
        <Field label={m.card.precision}>
          {(p) => (
            <select
              {...p}
              value={when.precision}
              onChange={(e) => set(withPrecision(when, e.target.value as Precision))}
            >
              {PRECISIONS.map((precision) => (
                <option key={precision} value={precision}>
                  {m.precisions[precision]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={m.card.start}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={when.start ?? ''}
              onChange={(e) => set({ start: e.target.value || null })}
            />
          )}
        </Field>
        <Field label={m.card.end}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={when.end ?? ''}
              onChange={(e) => set({ end: e.target.value || null })}
            />
          )}
        </Field>
        <Field label={m.card.certainty}>
          {(p) => (
            <select
              {...p}
              value={when.certainty}
              onChange={(e) => set({ certainty: e.target.value as Certainty })}
            >
              {CERTAINTIES.map((certainty) => (
                <option key={certainty} value={certainty}>
                  {m.certainties[certainty]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {when.certainty === 'inferred' ? (
          <Field label={m.card.rule}>
            {(p) => (
              <input
                {...p}
                type="text"
                dir="auto"
                value={when.rule?.ar ?? ''}
                // One rule, written once: the record keeps it in both languages until someone translates it.
                onChange={(e) =>
                  set({ rule: e.target.value ? { ar: e.target.value, en: e.target.value } : undefined })
                }
              />
            )}
          </Field>
        ) : null}
      </div>
      <ProblemNotes problems={problems} />
    </fieldset>
  );
}
