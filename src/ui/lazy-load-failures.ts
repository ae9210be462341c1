import { type ComponentProps, type ComponentType, createElement, lazy } from 'react';
import { useLocale } from '../i18n/locale.tsx';
import type { ErrorView, FailureList } from './load-failures.tsx';

// What failed is worded by code that only a failure needs: the pages load it when there is one. A
// failure often means the network is down, and then this code cannot be fetched either: a plain title
// and "Try again" (which loads the records again) stand in for the error view, and the list is left
// out. The next page load fetches it; a plain lazy keeps the first load of both pages small.
const failures = () => import('./load-failures.tsx');

/** The error state with a retry, loaded when a page first has to show it. */
export const LazyErrorView = lazy(() =>
  failures().then(
    (m) => ({ default: m.ErrorView }),
    () => ({ default: PlainErrorView }),
  ),
);

function PlainErrorView({ onRetry }: ComponentProps<typeof ErrorView>) {
  const { t } = useLocale();
  return createElement(
    'div',
    { className: 'status-view error', role: 'alert' },
    createElement('h2', { className: 'status-title' }, t.errorTitle),
    createElement('button', { type: 'button', onClick: onRetry }, t.retry),
  );
}

/** The list of files that could not be read, loaded when a page first has to show it. */
export const LazyFailureList = lazy<ComponentType<ComponentProps<typeof FailureList>>>(() =>
  failures().then(
    (m) => ({ default: m.FailureList }),
    () => ({ default: () => null }),
  ),
);
