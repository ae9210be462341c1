import { useEffect, useState } from 'react';
import { whenIdle } from './when-idle.ts';

/**
 * False on the first render, true once the browser has painted and had an idle moment: lets a heavy
 * view (the graph of a large corpus) wait until the timeline is on screen. Default timeout 500 ms.
 */
export function useAfterFirstPaint(timeout = 500): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelIdle = () => {};
    const frame = requestAnimationFrame(() => {
      cancelIdle = whenIdle(() => setReady(true), { timeout, fallbackMs: 50 });
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelIdle();
    };
  }, [timeout]);
  return ready;
}
