import type { Provenance } from '../data/use-loaded-corpus.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { CorpusArticle } from '../model/corpus.ts';
import { ClippedText } from './clipped-text.tsx';
import { isolatedMessage } from './isolated-message.tsx';

/** Props of ProvenanceList. */
export interface ProvenanceListProps {
  articles: readonly CorpusArticle[];
  provenance: ReadonlyMap<string, Provenance>;
}

/**
 * Every article that came from a link or a file, with where from, and whether it took a bundled
 * article's place: shown even when it is the only article, so a record is never taken for Rasd's own.
 */
export function ProvenanceList({ articles, provenance }: ProvenanceListProps) {
  const { t } = useLocale();
  const s = t.sources;
  const outside = articles.flatMap((article) => {
    const from = provenance.get(article.id);
    return from ? [{ article, from }] : [];
  });
  if (outside.length === 0) return null;
  return (
    <div className="notice provenance" role="status">
      <p>{s.heading}</p>
      <ul>
        {outside.map(({ article, from }) => {
          const host = from.host ?? '?';
          const where = from.origin === 'link' ? isolatedMessage(s.fromLink, host) : s.fromFile;
          const replaced =
            from.origin === 'link' ? isolatedMessage(s.replacedByLink, host) : s.replacedByFile;
          return (
            <li key={article.id} data-article={article.id}>
              <ClippedText text={article.headline} max={120} /> — {where}
              {from.replacesBundled ? (
                <>
                  {' '}
                  — <strong>{replaced}</strong>
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
