import { memo } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { CorpusProblem } from '../model/corpus.ts';

/**
 * What the model noticed while putting the records together (an event id two articles share, say),
 * folded away. Drawn again only when the problems change: a file can bring hundreds, and every URL
 * change (a zoom's window, a filter) re-renders the shell around it.
 */
export const CorpusProblems = memo(function CorpusProblems({
  problems,
}: {
  problems: readonly CorpusProblem[];
}) {
  const { t } = useLocale();
  return (
    <div className="notice" role="status">
      <p>{t.corpus.corpusNotice}</p>
      {/* The model's own words (English), folded away and each in its own direction. */}
      <details className="raw-detail">
        <summary>{t.rawDetail}</summary>
        <ul>
          {problems.map((p) => (
            <li key={`${p.article}:${p.path}`}>
              <code dir="auto">
                {p.article}: {p.path}: {p.message}
              </code>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
});
