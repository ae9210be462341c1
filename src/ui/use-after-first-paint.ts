import { useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted and had an idle moment: lets a heavy
 * view (the graph of a large corpus) wait until the timeline is on screen. Default timeout 500 ms.
 */
export function useAfterFirstPaint(timeout = 500): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let idle = 0;
    const frame = requestAnimationFrame(() => {
      idle =
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(() => setReady(true), { timeout })
          : window.setTimeout(() => setReady(true), 50);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      window.clearTimeout(idle);
    };
  }, [timeout]);
  return ready;
}
