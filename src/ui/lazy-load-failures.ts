import { type ComponentProps, createElement, useEffect } from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import { useLocale } from '../i18n/locale.tsx';
import type { ErrorView, FailureList } from './load-failures.tsx';
import { retryFailedLazies, retryingLazy } from './retrying-lazy.ts';

// What failed is worded by code that only a failure needs: the pages load it when there is one. A
// failure often means the network is down, and then this code cannot be fetched either: the error
// view is then a plain title and "Try again" (which fetches it too), and the list is left out until
// it is shown again.
const failures = retryableImport(() => import('./load-failures.tsx'));

/** The error state with a retry, loaded when a page first has to show it. */
export const LazyErrorView = retryingLazy(() =>
  failures().then(
    (m) => m.ErrorView,
    () => PlainErrorView,
  ),
);

function PlainErrorView({ onRetry }: ComponentProps<typeof ErrorView>) {
  const { t } = useLocale();
  const retry = () => {
    retryFailedLazies();
    onRetry();
  };
  return createElement(
    'div',
    { className: 'status-view error', role: 'alert' },
    createElement('h2', { className: 'status-title' }, t.errorTitle),
    createElement('button', { type: 'button', onClick: retry }, t.retry),
  );
}

/** The list of files that could not be read, loaded when a page first has to show it. */
export const LazyFailureList = retryingLazy(() =>
  failures().then(
    (m) => m.FailureList,
    () => NoList,
  ),
);

function NoList(_: ComponentProps<typeof FailureList>) {
  useEffect(() => retryFailedLazies, []);
  return null;
}
