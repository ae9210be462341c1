import { type ComponentProps, type ComponentType, lazy } from 'react';
import type { ErrorView, FailureList } from './load-failures.tsx';
import { PlainErrorView } from './plain-error-view.ts';

// What failed is worded by code that only a failure needs: the pages load it when there is one. A
// failure often means the network is down, and then this code cannot be fetched either: a plain title
// and "Try again" (which loads the records again) stand in for the error view, and the list is left
// out. The next page load fetches it; a plain lazy keeps the first load of both pages small.
const failures = () => import('./load-failures.tsx');

/** The error state with a retry, loaded when a page first has to show it. */
export const LazyErrorView = lazy<ComponentType<ComponentProps<typeof ErrorView>>>(() =>
  failures().then(
    (m) => ({ default: m.ErrorView }),
    () => ({ default: PlainErrorView }),
  ),
);

/** The list of files that could not be read, loaded when a page first has to show it. */
export const LazyFailureList = lazy<ComponentType<ComponentProps<typeof FailureList>>>(() =>
  failures().then(
    (m) => ({ default: m.FailureList }),
    () => ({ default: () => null }),
  ),
);
