import { lazy } from 'react';

/**
 * The list of articles from links and files, loaded when a page has one to show (a page of bundled
 * articles only never fetches it).
 */
export const LazyProvenanceList = lazy(() =>
  import('./provenance-list.tsx').then((m) => ({ default: m.ProvenanceList })),
);
