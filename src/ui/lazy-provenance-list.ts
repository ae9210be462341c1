import { type ComponentProps, useEffect } from 'react';
import { retryableImport } from '../data/retryable-import.ts';
import type { ProvenanceList } from './provenance-list.tsx';
import { retryFailedLazies, retryingLazy } from './retrying-lazy.ts';

const provenance = retryableImport(() => import('./provenance-list.tsx'));

/**
 * The list of articles from links and files, loaded when a page has one to show (a page of bundled
 * articles only never fetches it). If it cannot be fetched the page goes on without it, and fetches it
 * again the next time the list is shown.
 */
export const LazyProvenanceList = retryingLazy(() =>
  provenance().then(
    (m) => m.ProvenanceList,
    () => NoList,
  ),
);

function NoList(_: ComponentProps<typeof ProvenanceList>) {
  useEffect(() => retryFailedLazies, []);
  return null;
}
