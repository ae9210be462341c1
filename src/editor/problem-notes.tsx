import { useEditorLocale } from './editor-locale.tsx';
import type { PlacedProblem } from './use-validation.ts';

/** Problems shown beside what they concern, in the interface language, the validator's words folded away. */
export function ProblemNotes({ problems, id }: { problems: PlacedProblem[]; id?: string }) {
  const { m } = useEditorLocale();
  if (problems.length === 0) return null;
  return (
    <ul className="problem-notes" id={id}>
      {problems.map((p) => {
        const words = Object.hasOwn(m.problems.codes, p.read.code)
          ? m.problems.codes[p.read.code]
          : undefined;
        return (
          <li key={`${p.raw.path}:${p.raw.message}`} className="field-error">
            {(words ?? m.problems.codes.invalid)?.(p.read.values)}
            <details>
              <summary>{m.problems.raw}</summary>
              <code dir="ltr">
                {p.raw.path}: {p.raw.message}
              </code>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
