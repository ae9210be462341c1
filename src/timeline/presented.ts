import { useEffect, useState } from 'react';

/**
 * When the frame holding the timeline's first marks has reached the screen. A layout effect runs
 * before the browser paints; the frame is presented after the next animation frame's callbacks, and a
 * task queued from there runs once that frame has been handed over. The benchmark's "first draw" and
 * the first-load byte count both end on this mark, and code the first frame does not need waits for it.
 */
export const PRESENTED_MARK = 'rasd:events-presented';

let firstFrame = false;
let marked = false;
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

function release(): void {
  firstFrame = true;
  for (const run of waiting.splice(0)) run();
}

/** Marks the first presented frame with marks in it (once per page) and runs what waited for it. */
export function markPresented(): void {
  if (marked) return;
  marked = true;
  performance.mark(PRESENTED_MARK);
  release();
}

/**
 * The timeline's first frame had nothing to draw (every event filtered out): nothing is marked, but
 * what waits for the first frame need not wait for marks that may never come.
 */
export function firstFrameEmpty(): void {
  if (!firstFrame) release();
}

/**
 * Runs `callback` once the timeline's first frame has been presented (now, if it already has). A page
 * without a timeline never presents one: there, callers pass their own trigger.
 */
export function whenFirstFrame(callback: () => void): void {
  if (firstFrame) callback();
  else waiting.push(callback);
}

/**
 * True once the timeline's first frame is on screen, or at once when no timeline is shown. What the
 * first frame does not need (the graph's code, say) waits for it: an idle callback alone could fire
 * first when the timeline waits for its width, and that code was then fetched before the first draw.
 */
export function useFirstFramePresented(timelineShown: boolean): boolean {
  const [presented, setPresented] = useState(!timelineShown);
  useEffect(() => {
    if (!timelineShown) {
      setPresented(true);
      return;
    }
    let live = true;
    whenFirstFrame(() => live && setPresented(true));
    return () => {
      live = false;
    };
  }, [timelineShown]);
  return presented;
}
