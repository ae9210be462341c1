/** Chromium's `navigator.scheduling` (not in TypeScript's DOM types; other browsers lack it). */
interface WithScheduling {
  scheduling?: { isInputPending?: () => boolean };
}

/** True when the browser says a key press, click or tap is waiting for the main thread. */
function inputWaits(): boolean {
  return (navigator as Navigator & WithScheduling).scheduling?.isInputPending?.() ?? false;
}

/**
 * The end of a task that works through slices: the returned function is true once `ms` have passed
 * since it was made, or as soon as input waits (where the browser can tell), so a keystroke is
 * answered at the end of the slice it came in, not of the task. At 100,000 events the graph of a
 * typed word, built in tasks of 30 ms, kept its last key waiting: the word reached the list some
 * 20 ms later than with this (the benchmark's typing, 16 loads each way, medians 105 and 84 ms).
 */
export function taskBudget(ms: number): () => boolean {
  const until = performance.now() + ms;
  return () => inputWaits() || performance.now() >= until;
}
