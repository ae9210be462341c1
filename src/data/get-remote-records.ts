import { queryOptions, useQueries } from '@tanstack/react-query';
import { retryableImport } from './retryable-import.ts';

// Loaded with the first `src`; if it cannot be fetched, the address's "Try again" fetches it again.
const remoteCode = retryableImport(() => import('./fetch-remote-record.ts'));

/**
 * One query per `src` address, each with its own loading and error state. The fetching code (time
 * limits, redirects, the size cap, the worker that checks the record) loads with the first `src`:
 * a page without one never fetches it.
 */
export function useRemoteRecords(sources: readonly string[]) {
  return useQueries({
    queries: sources.map((src) =>
      queryOptions({
        queryKey: ['remote-record', src],
        queryFn: ({ signal }) => remoteCode().then((m) => m.fetchRemoteRecord(src, signal)),
        staleTime: Number.POSITIVE_INFINITY,
        retry: false,
      }),
    ),
  });
}
