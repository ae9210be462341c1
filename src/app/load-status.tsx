import type { LoadFailure } from '../data/load-error.ts';
import type { Lang } from '../model/format-date.ts';
import { useLocale } from './locale.tsx';

const bytes = (n: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'ar' ? 'ar-SY-u-nu-arab' : 'en-GB', {
    style: 'unit',
    unit: n >= 1024 * 1024 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(n >= 1024 * 1024 ? n / 1024 / 1024 : n / 1024);

/** What is shown while the corpus loads: a status a screen reader announces, not a blank page. */
export function LoadingView() {
  const { t } = useLocale();
  return (
    <div className="status-view" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <p className="status-title">{t.loading}</p>
      <p className="muted">{t.loadingDetail}</p>
    </div>
  );
}

/** Each failure in words: which file, and for schema errors every field path and what was expected. */
export function FailureList({ failures }: { failures: LoadFailure[] }) {
  const { t, lang } = useLocale();
  return (
    <ul className="failures">
      {failures.map((failure) => (
        <li key={`${failure.kind}:${failure.file}`}>
          {failure.kind === 'network' ? <p>{t.errorNetwork(failure.file, failure.detail)}</p> : null}
          {failure.kind === 'json' ? <p>{t.errorJson(failure.file, failure.detail)}</p> : null}
          {failure.kind === 'too-large' ? (
            <p>{t.corpus.tooLarge(failure.file, bytes(failure.size, lang), bytes(failure.limit, lang))}</p>
          ) : null}
          {failure.kind === 'refused' ? <p>{t.corpus.refused(failure.file, failure.detail)}</p> : null}
          {failure.kind === 'changed' ? <p>{t.corpus.changed(failure.file)}</p> : null}
          {failure.kind === 'schema' ? (
            <>
              <p>{t.errorSchema(failure.file, failure.problems.length)}</p>
              <ul className="problems" dir="ltr">
                {failure.problems.map((p) => (
                  <li key={`${p.path}:${p.message}`}>
                    <code>
                      {failure.file}: {p.path}: {p.message}
                    </code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The error state: a heading, the failures, and a way to try again. */
export function ErrorView({ failures, onRetry }: { failures: LoadFailure[]; onRetry: () => void }) {
  const { t } = useLocale();
  return (
    <div className="status-view error" role="alert">
      <h2 className="status-title">{t.errorTitle}</h2>
      <FailureList failures={failures} />
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
