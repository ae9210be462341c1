import type { ReactNode } from 'react';
import type { LoadFailure } from '../data/load-error.ts';
import { useLocale } from '../i18n/locale.tsx';
import { PROBLEM_MESSAGES } from '../i18n/problem-words.ts';
import { READ_FAILURE_MESSAGES } from '../i18n/read-failure-messages.ts';
import type { Lang } from '../model/format-date.ts';
import { readProblem, WHOLE_RECORD } from '../model/read-problem.ts';
import type { Problem } from '../model/validate-article.ts';
import { isolatedMessage } from './isolated-message.tsx';

// Shown only when something failed: loaded on demand by the pages (see lazy-load-failures.ts).

const bytes = (n: number, lang: Lang) =>
  new Intl.NumberFormat(lang === 'ar' ? 'ar-SY-u-nu-arab' : 'en-GB', {
    style: 'unit',
    unit: n >= 1024 * 1024 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(n >= 1024 * 1024 ? n / 1024 / 1024 : n / 1024);

/** Problems listed for one file: a record broken in every event can have thousands. */
const PROBLEMS_SHOWN = 50;

/**
 * A failure in the interface's language, and what the parser or the network said in theirs (often
 * English) folded away beneath it, isolated, in its own direction.
 */
function WithDetail({ message, detail }: { message: ReactNode; detail: ReactNode }) {
  const { t } = useLocale();
  return (
    <>
      <p>{message}</p>
      <details className="raw-detail">
        <summary>{t.rawDetail}</summary>
        <code dir="auto">{detail}</code>
      </details>
    </>
  );
}

/**
 * One schema problem: the field and what is wrong with it in the interface's language, the field path
 * and the values quoted from the record isolated; the validator's own (English) words folded away.
 */
function ProblemText({ file, problem }: { file: string; problem: Problem }) {
  const { lang } = useLocale();
  const words = PROBLEM_MESSAGES[lang];
  const read = readProblem(problem);
  const where = problem.path === WHOLE_RECORD ? words.record : isolatedMessage(words.field, problem.path);
  const what = isolatedMessage(
    (...values: string[]) => words.codes[read.code]({ ...read, values }),
    ...read.values,
  );
  return (
    <WithDetail
      message={
        <>
          {where} {what}
        </>
      }
      detail={
        <>
          <bdi>{file}</bdi>: <bdi>{problem.path}</bdi>: <bdi>{problem.message}</bdi>
        </>
      }
    />
  );
}

/** One failure in words, each file name and address isolated from the sentence around it. */
function FailureText({ failure }: { failure: LoadFailure }) {
  const { t, lang } = useLocale();
  const s = t.sources;
  switch (failure.kind) {
    case 'network':
      return <WithDetail message={isolatedMessage(t.errorNetwork, failure.file)} detail={failure.detail} />;
    case 'json':
      return <WithDetail message={isolatedMessage(t.errorJson, failure.file)} detail={failure.detail} />;
    case 'too-large':
      return (
        <p>
          {isolatedMessage(
            failure.atLeast ? s.tooLargeSoFar : t.corpus.tooLarge,
            failure.file,
            bytes(failure.size, lang),
            bytes(failure.limit, lang),
          )}
        </p>
      );
    case 'refused':
      return <p>{isolatedMessage(t.corpus.refused, failure.file)}</p>;
    case 'changed':
      return <p>{isolatedMessage(t.corpus.changed, failure.file)}</p>;
    case 'encoding':
      return <p>{isolatedMessage((file: string) => s.encoding(file, failure.guess), failure.file)}</p>;
    case 'timeout':
      return <p>{isolatedMessage(s.timeout, failure.file, failure.seconds)}</p>;
    case 'redirect-loop':
      return <p>{isolatedMessage(s.redirectLoop, failure.file)}</p>;
    case 'redirected':
      return <p>{isolatedMessage(s.redirected, failure.file, failure.to)}</p>;
    case 'internal':
      return <WithDetail message={isolatedMessage(s.internal, failure.file)} detail={failure.detail} />;
    case 'unreadable':
    case 'not-checked': {
      const words = READ_FAILURE_MESSAGES[lang];
      const say = failure.kind === 'unreadable' ? words.unreadable : words.notChecked;
      return <WithDetail message={isolatedMessage(say, failure.file)} detail={failure.detail} />;
    }
    case 'schema':
      return (
        <>
          <p>{isolatedMessage(t.errorSchema, failure.file, failure.problems.length)}</p>
          <ul className="problems">
            {failure.problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list; two can read alike
              <li key={i}>
                <ProblemText file={failure.file} problem={p} />
              </li>
            ))}
          </ul>
          {failure.problems.length > PROBLEMS_SHOWN ? (
            <p>{s.moreProblems(failure.problems.length - PROBLEMS_SHOWN)}</p>
          ) : null}
        </>
      );
  }
}

/** Each failure in words: which file, and for schema errors every field path and what was expected. */
export function FailureList({ failures }: { failures: LoadFailure[] }) {
  return (
    <ul className="failures">
      {failures.map((failure, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a file may fail twice (opened, then linked)
        <li key={i}>
          <FailureText failure={failure} />
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
