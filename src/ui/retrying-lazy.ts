import { type ComponentType, createElement, type LazyExoticComponent, lazy } from 'react';

// The components whose chunk failed, each with the means to start afresh.
const failed = new Set<() => void>();

/**
 * Like React's `lazy`, but not stuck on a failure. React keeps a lazy component's rejection for good,
 * so after a failure a fresh one is swapped in when the reader asks (retryFailedLazies), and its load
 * (see retryableImport) really fetches again. Swapping at the failure itself would start the next load
 * before the error boundary could say anything.
 */
export function retryingLazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let current: LazyExoticComponent<ComponentType<P>>;
  const swap = () => {
    current = lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          failed.add(swap);
          throw error;
        },
      ),
    );
  };
  swap();
  return (props: P) => createElement(current, props);
}

/**
 * Makes every lazy component whose chunk failed load again at its next render: what each "Try again"
 * calls before resetting its error boundary (a failure inside a view may be a lazy part of that view).
 */
export function retryFailedLazies(): void {
  for (const swap of failed) swap();
  failed.clear();
}
