import { useEditorLocale } from './editor-locale.tsx';
import type { PlacedProblem } from './use-validation.ts';

/** Problems shown beside what they concern, in the interface language, the validator's words folded away. */
export function ProblemNotes({ problems, id }: { problems: PlacedProblem[]; id?: string }) {
  const { m } = useEditorLocale();
  if (problems.length === 0) return null;
  return (
    <ul className="problem-notes" id={id}>
      {problems.map((p) => (
        <li key={`${p.raw.path}:${p.raw.message}`} className="field-error">
          {m.problems.codes[p.read.code](p.read)}
          <details>
            <summary>{m.problems.raw}</summary>
            {/* The validator's words quote the record, which may be Arabic: each line takes its own direction. */}
            <code dir="auto">
              {p.raw.path}: {p.raw.message}
            </code>
          </details>
        </li>
      ))}
    </ul>
  );
}
