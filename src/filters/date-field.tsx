import { useEffect, useId, useState } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import { formatDay } from '../model/format-date.ts';
import { parseTypedDate } from '../model/parse-typed-date.ts';

/** Props of DateField. */
export interface DateFieldProps {
  label: string;
  /** The day in the URL (YYYY-MM-DD) or null. */
  value: string | null;
  /** Which end of a typed month or year to take (its first day for "from", last for "to"). */
  edge: 'start' | 'end';
  onCommit: (value: string | null) => void;
}

/** A date typed the way a reader writes it, in either language; read on Enter or when leaving the field. */
export function DateField({ label, value, edge, onCommit }: DateFieldProps) {
  const { t, lang } = useLocale();
  const ids = { input: useId(), error: useId() };
  const shown = value ? formatDay(value, lang) : '';
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);

  const commit = () => {
    if (text.trim() === '') {
      setError(null);
      if (value !== null) onCommit(null);
      return;
    }
    const parsed = parseTypedDate(text);
    if (!parsed) {
      setError(t.filters.dateInvalid(text));
      return;
    }
    setError(null);
    const day = edge === 'start' ? parsed.start : parsed.end;
    if (day !== value) onCommit(day);
    else setText(shown);
  };

  return (
    <div className="field date-field">
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        type="text"
        inputMode="text"
        value={text}
        placeholder={t.filters.datePlaceholder}
        aria-invalid={error !== null}
        aria-describedby={error ? ids.error : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {error ? (
        <p id={ids.error} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
