import { queryOptions, useQueries } from '@tanstack/react-query';
import type { LoadFailure } from './load-error.ts';
import { loadValidator } from './load-validator.ts';
import { MAX_RECORD_BYTES, type ReadResult, readRecordBytes } from './read-record.ts';

/** Whether a `src` address may be fetched: this site's own, or any https address. */
export function allowedSource(src: string, base: string): URL | null {
  try {
    const url = new URL(src, base);
    return url.origin === new URL(base).origin || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

async function readLimited(response: Response, limit: number): Promise<Uint8Array | number> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit) return declared;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    // Stop reading as soon as the limit is passed: a huge file must not fill the memory first.
    if (size > limit) {
      await reader.cancel();
      return size;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Fetches one record named by the `src` URL parameter; every failure comes back as plain words. */
export async function fetchRemoteRecord(src: string, signal?: AbortSignal): Promise<ReadResult> {
  const fail = (failure: LoadFailure): ReadResult => ({ ok: false, failure });
  const url = allowedSource(src, document.baseURI);
  if (!url) {
    return fail({
      kind: 'refused',
      file: src,
      detail: 'only addresses on this site or https:// addresses are loaded',
    });
  }
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit' });
  } catch {
    return fail({
      kind: 'network',
      file: src,
      detail:
        'the server could not be reached, or it does not allow other sites to read this file (CORS: it must send Access-Control-Allow-Origin)',
    });
  }
  if (!response.ok)
    return fail({
      kind: 'network',
      file: src,
      detail: `HTTP ${response.status} ${response.statusText}`.trim(),
    });
  const bytes = await readLimited(response, MAX_RECORD_BYTES);
  if (typeof bytes === 'number')
    return fail({ kind: 'too-large', file: src, size: bytes, limit: MAX_RECORD_BYTES });
  return readRecordBytes(src, bytes, await loadValidator());
}

/** One query per `src` address, each with its own loading and error state. */
export function useRemoteRecords(sources: readonly string[]) {
  return useQueries({
    queries: sources.map((src) =>
      queryOptions({
        queryKey: ['remote-record', src],
        queryFn: ({ signal }) => fetchRemoteRecord(src, signal),
        staleTime: Number.POSITIVE_INFINITY,
        retry: false,
      }),
    ),
  });
}
