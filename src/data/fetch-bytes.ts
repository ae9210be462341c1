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
  // AbortSignal.any came to browsers in 2023: without it the caller's signal alone is honoured, and
  // the deadline is left out rather than the file failing.
  const both = !signal ? deadline : 'any' in AbortSignal ? AbortSignal.any([signal, deadline]) : signal;
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

/**
 * How many shards download at once: each one's reading (a few dozen milliseconds, four times that on a
 * slow phone) then overlaps the next one's arrival. All at once, they shared the network and arrived
 * together at the end, and every one was read after the last byte (10,000 events, 10 Mbit/s, 4× CPU:
 * ~450 ms between the last shard's arrival and its records checked). Two, not one: the second is on
 * its way while the first's last bytes come, so the network never waits for a request.
 */
export const SHARDS_IN_FLIGHT = 2;

/**
 * Fetches `files` in their order, at most `inFlight` at once, each starting when an earlier one has
 * arrived (or failed): so they arrive one after another instead of all at the end. Gives each file's
 * result as fetchBytes does, by file.
 */
export function fetchInTurn(
  files: readonly string[],
  inFlight: number,
  signal?: AbortSignal,
): Map<string, ReturnType<typeof fetchBytes>> {
  const waiting: (() => void)[] = [];
  const results = new Map(
    files.map((file) => [
      file,
      new Promise<Awaited<ReturnType<typeof fetchBytes>>>((resolve) => {
        waiting.push(() => {
          // Never left pending: a file that failed in a way fetchBytes did not expect still frees
          // its place, or every file after it would wait for good.
          void fetchBytes(file, signal)
            .catch((error: unknown): LoadFailure => ({ kind: 'network', file, detail: String(error) }))
            .then((result) => {
              resolve(result);
              waiting.shift()?.();
            });
        });
      }),
    ]),
  );
  for (const start of waiting.splice(0, Math.max(1, inFlight))) start();
  return results;
}
