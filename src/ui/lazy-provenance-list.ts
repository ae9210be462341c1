import { type ComponentProps, type ComponentType, lazy } from 'react';
import type { ProvenanceList } from './provenance-list.tsx';

/**
 * The list of articles from links and files, loaded when a page has one to show (a page of bundled
 * articles only never fetches it). If it cannot be fetched the page goes on without it (the records
 * are there; only the note of where they came from is missing) until the next page load.
 */
export const LazyProvenanceList = lazy<ComponentType<ComponentProps<typeof ProvenanceList>>>(() =>
  import('./provenance-list.tsx').then(
    (m) => ({ default: m.ProvenanceList }),
    () => ({ default: () => null }),
  ),
);
