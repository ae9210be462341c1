/** How long work run by a timer (where there are no idle callbacks) may take, as its time left. */
const FALLBACK_SLICE_MS = 8;

/**
 * Runs `work` when the browser is next idle, at the latest after `timeout` ms when given; where the
 * browser cannot say when it is idle, after `fallbackMs` (default 0). `work` gets `timeLeft`, the idle
 * period's remaining ms (FALLBACK_SLICE_MS from the start of a timer task). Returns a function that
 * cancels it.
 */
export function whenIdle(
  work: (timeLeft: () => number) => void,
  { timeout, fallbackMs = 0 }: { timeout?: number; fallbackMs?: number } = {},
): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(() => {
      const until = performance.now() + FALLBACK_SLICE_MS;
      work(() => until - performance.now());
    }, fallbackMs);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(
    (deadline) => work(() => deadline.timeRemaining()),
    timeout === undefined ? undefined : { timeout },
  );
  // Kept from now: the page's cancelIdleCallback, whatever stands in that name when it is called.
  const cancel = cancelIdleCallback;
  return () => cancel(id);
}

/**
 * Runs `step` in idle periods, one call each, until it returns true (done); where the browser cannot
 * say when it is idle, in timer tasks. Each call gets `timeLeft` as whenIdle gives it. Returns a
 * function that stops it.
 */
export function inIdleSlices(step: (timeLeft: () => number) => boolean): () => void {
  let stop = () => {};
  const next = () => {
    stop = whenIdle((timeLeft) => {
      if (!step(timeLeft)) next();
    });
  };
  next();
  return () => stop();
}
