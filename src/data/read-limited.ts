/** A body read up to a limit: its bytes, or how many had arrived when the limit was passed. */
export type LimitedBody = { bytes: Uint8Array } | { size: number };

/**
 * Reads a response's body, stopping as soon as it passes `limit` bytes: a huge file must not fill the
 * memory first. A declared Content-Length is not trusted: the size reported is what was read.
 */
export async function readLimited(
  response: Response,
  limit: number,
  signal?: AbortSignal,
): Promise<LimitedBody> {
  const reader = response.body?.getReader();
  if (!reader) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > limit ? { size: bytes.byteLength } : { bytes };
  }
  // A stalled body must end when the signal does, whether or not the stream itself notices.
  const aborted = new Promise<never>((_, reject) => {
    const stop = () => {
      reject(signal?.reason ?? new Error('aborted'));
      void reader.cancel().catch(() => {});
    };
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
  aborted.catch(() => {});
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), aborted]);
    // A cancelled stream reads as done: the body is cut short, not complete.
    if (done) {
      signal?.throwIfAborted();
      break;
    }
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel();
      return { size };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { bytes };
}
