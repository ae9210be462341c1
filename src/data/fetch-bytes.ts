import type { LoadFailure } from './load-error.ts';

/**
 * How long a file of this site may take to arrive in full (60 s): the site's own data is large (a
 * shard is megabytes) but a server that stops answering must still end the loading with a message.
 */
export const SITE_TIMEOUT_MS = 60_000;

/** The bytes of a file of this site (relative to the page), or why they could not be fetched. */
export async function fetchBytes(
  file: string,
  signal?: AbortSignal,
  timeoutMs = SITE_TIMEOUT_MS,
): Promise<{ bytes: Uint8Array<ArrayBuffer> } | LoadFailure> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, deadline]) : deadline;
  try {
    const response = await fetch(new URL(file, document.baseURI), { signal: both });
    if (!response.ok) {
      return { kind: 'network', file, detail: `HTTP ${response.status} ${response.statusText}`.trim() };
    }
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    if (deadline.aborted) return { kind: 'timeout', file, seconds: timeoutMs / 1000 };
    return { kind: 'network', file, detail: (error as Error).message };
  }
}
