import { type ReactNode, useId } from 'react';

/** A message shown beside a field: an error stops the work, a warning only says. */
export interface FieldNote {
  text: string;
  severity: 'error' | 'warning';
}

/** What a control needs to be tied to its label and notes. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/** A labelled control with its help and its problems beside it, read out with the control. */
export function Field({
  label,
  help,
  notes = [],
  className,
  children,
}: {
  label: string;
  help?: string;
  /** Problems with the value (default none). */
  notes?: FieldNote[];
  className?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const described = [help ? `${id}-help` : '', notes.length ? `${id}-notes` : ''].filter(Boolean).join(' ');
  return (
    <div className={`field editor-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(notes.some((n) => n.severity === 'error') ? { 'aria-invalid': true } : {}),
      })}
      {help ? (
        <p id={`${id}-help`} className="field-help">
          {help}
        </p>
      ) : null}
      {notes.length ? (
        <ul id={`${id}-notes`} className="field-notes">
          {notes.map((n) => (
            <li key={n.text} className={n.severity === 'error' ? 'field-error' : 'field-warning'}>
              {n.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
