import { queryOptions, useQueries } from '@tanstack/react-query';

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
        queryFn: ({ signal }) =>
          import('./fetch-remote-record.ts').then((m) => m.fetchRemoteRecord(src, signal)),
        staleTime: Number.POSITIVE_INFINITY,
        retry: false,
      }),
    ),
  });
}
