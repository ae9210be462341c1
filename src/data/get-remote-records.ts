import { queryOptions, useQueries } from '@tanstack/react-query';
import type { ReadResult } from './read-result.ts';
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
        // fetchRemoteRecord answers every failure of the address as a value; its own code not arriving
        // is said the same way, so the address is listed with Try again rather than left out unsaid.
        queryFn: ({ signal }): Promise<ReadResult> =>
          remoteCode().then(
            (m) => m.fetchRemoteRecord(src, signal),
            (error: unknown) => ({
              ok: false,
              failure: { kind: 'not-checked', file: src, detail: String((error as Error)?.message ?? error) },
            }),
          ),
        staleTime: Number.POSITIVE_INFINITY,
        retry: false,
      }),
    ),
  });
}
