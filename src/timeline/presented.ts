/**
 * When the frame holding the timeline's first marks has reached the screen. A layout effect runs
 * before the browser paints; the frame is presented after the next animation frame's callbacks, and a
 * task queued from there runs once that frame has been handed over. The benchmark's "first draw" and
 * the first-load byte count both end on this mark, and code the first frame does not need waits for it.
 */
export const PRESENTED_MARK = 'rasd:events-presented';

let presented = false;
const waiting: Array<() => void> = [];

/** Calls `callback` in a task after the next frame has been presented. */
export function afterNextPresent(callback: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  });
}

/** Marks the first presented frame (once per page) and runs what waited for it. */
export function markPresented(): void {
  if (presented) return;
  presented = true;
  performance.mark(PRESENTED_MARK);
  for (const run of waiting.splice(0)) run();
}

/**
 * Runs `callback` once the timeline's first frame has been presented (now, if it already has). Pages
 * without a timeline never mark it, so a caller that must run anyway passes its own fallback trigger.
 */
export function whenPresented(callback: () => void): void {
  if (presented) callback();
  else waiting.push(callback);
}
