/**
 * Runs `work` when the browser is next idle, at the latest after `timeout` ms when given; where the
 * browser cannot say when it is idle, after `fallbackMs` (default 0). Returns a function that cancels it.
 */
export function whenIdle(
  work: () => void,
  { timeout, fallbackMs = 0 }: { timeout?: number; fallbackMs?: number } = {},
): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, fallbackMs);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(() => work(), timeout === undefined ? undefined : { timeout });
  // Kept from now: the page's cancelIdleCallback, whatever stands in that name when it is called.
  const cancel = cancelIdleCallback;
  return () => cancel(id);
}
