import type { LoadFailure } from './load-error.ts';
import { readLimited } from './read-limited.ts';
import { readRecordBytesInWorker } from './read-record-in-worker.ts';
import { MAX_RECORD_BYTES, type ReadResult } from './read-result.ts';

/**
 * How long a `src` record may take, from the request to its last byte (20 s): a server that never
 * answers, stalls mid-body or drips a byte a second is given up on, and says so.
 */
export const REMOTE_TIMEOUT_MS = 20_000;

/** Whether a `src` address may be fetched: this site's own, or any https address. */
export function allowedSource(src: string, base: string): URL | null {
  try {
    const url = new URL(src, base);
    return url.origin === new URL(base).origin || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Whether the address answers with a redirect (seen without following it). */
async function redirects(url: URL, signal: AbortSignal): Promise<boolean> {
  try {
    const probe = await fetch(url, { signal, credentials: 'omit', redirect: 'manual' });
    return probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400);
  } catch {
    return false;
  }
}

/** Fetches one record named by the `src` URL parameter; every failure comes back as plain words. */
export async function fetchRemoteRecord(
  src: string,
  signal?: AbortSignal,
  timeoutMs = REMOTE_TIMEOUT_MS,
): Promise<ReadResult> {
  const fail = (failure: LoadFailure): ReadResult => ({ ok: false, failure });
  const url = allowedSource(src, document.baseURI);
  if (!url) {
    return fail({
      kind: 'refused',
      file: src,
      detail: 'only addresses on this site or https:// addresses are loaded',
    });
  }
  const deadline = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, deadline]) : deadline;
  const timedOut = () => fail({ kind: 'timeout', file: src, seconds: timeoutMs / 1000 });
  let response: Response;
  try {
    response = await fetch(url, { signal: both, credentials: 'omit' });
  } catch {
    if (deadline.aborted) return timedOut();
    // fetch says only "failed": a first hop that redirects tells a loop (or a dead target) from CORS.
    if (await redirects(url, both)) return fail({ kind: 'redirect-loop', file: src });
    return fail({
      kind: 'network',
      file: src,
      detail:
        'the server could not be reached, or it does not allow other sites to read this file (CORS: it must send Access-Control-Allow-Origin)',
    });
  }
  // Every hop must be allowed, not only the first: the address the record finally came from.
  if (response.url && !allowedSource(response.url, document.baseURI)) {
    void response.body?.cancel();
    return fail({ kind: 'redirected', file: src, to: response.url });
  }
  if (!response.ok)
    return fail({
      kind: 'network',
      file: src,
      detail: `HTTP ${response.status} ${response.statusText}`.trim(),
    });
  let read: Awaited<ReturnType<typeof readLimited>>;
  try {
    read = await readLimited(response, MAX_RECORD_BYTES, both);
  } catch (error) {
    if (deadline.aborted) return timedOut();
    return fail({
      kind: 'network',
      file: src,
      detail: `the download broke off: ${(error as Error).message}`,
    });
  }
  if (!('bytes' in read)) {
    return fail({ kind: 'too-large', file: src, size: read.size, limit: MAX_RECORD_BYTES, atLeast: true });
  }
  return readRecordBytesInWorker(src, read.bytes as Uint8Array<ArrayBuffer>);
}
