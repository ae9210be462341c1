import { lazy } from 'react';

// What failed is worded by code that only a failure needs: the pages load it when there is one.
const failures = () => import('./load-failures.tsx');

/** The error state with a retry, loaded when a page first has to show it. */
export const LazyErrorView = lazy(() => failures().then((m) => ({ default: m.ErrorView })));

/** The list of files that could not be read, loaded when a page first has to show it. */
export const LazyFailureList = lazy(() => failures().then((m) => ({ default: m.FailureList })));
