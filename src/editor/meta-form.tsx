import { Field, type FieldNote } from './editor-field.tsx';
import { useEditorLocale } from './editor-locale.tsx';
import type { MetaFields, MetaProblem } from './meta-fields.ts';

const ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** The publication details: source, address, date, time and zone, each with its problems beside it. */
export function MetaForm({
  fields,
  problems,
  onChange,
}: {
  fields: MetaFields;
  problems: MetaProblem[];
  onChange: (patch: Partial<MetaFields>) => void;
}) {
  const { m } = useEditorLocale();
  const notes = (field: keyof MetaFields): FieldNote[] =>
    problems
      .filter((p) => p.field === field)
      .map((p) => ({ text: m.input.metaProblems[p.code], severity: p.severity }));
  return (
    <fieldset className="meta-form">
      <legend>{m.input.metaHeading}</legend>
      <Field label={m.input.source} help={m.input.sourceHelp} notes={notes('source')}>
        {(p) => (
          <input
            {...p}
            type="text"
            value={fields.source}
            onChange={(e) => onChange({ source: e.target.value })}
          />
        )}
      </Field>
      <Field label={m.input.url} notes={notes('url')} className="wide">
        {(p) => (
          <input
            {...p}
            type="url"
            dir="ltr"
            value={fields.url}
            onChange={(e) => onChange({ url: e.target.value })}
          />
        )}
      </Field>
      <Field label={m.input.date} notes={notes('date')}>
        {(p) => (
          <input
            {...p}
            type="date"
            required
            value={fields.date}
            onChange={(e) => onChange({ date: e.target.value })}
          />
        )}
      </Field>
      <Field label={m.input.time} notes={notes('time')}>
        {(p) => (
          <input
            {...p}
            type="time"
            value={fields.time}
            onChange={(e) => onChange({ time: e.target.value })}
          />
        )}
      </Field>
      <Field label={m.input.timeZone} help={m.input.timeZoneHelp} notes={notes('timeZone')}>
        {(p) => (
          <input
            {...p}
            type="text"
            dir="ltr"
            list="editor-zones"
            value={fields.timeZone}
            onChange={(e) => onChange({ timeZone: e.target.value })}
          />
        )}
      </Field>
      <datalist id="editor-zones">
        {ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </fieldset>
  );
}
