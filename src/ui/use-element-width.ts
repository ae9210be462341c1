import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The element's content width in CSS pixels, kept current by a ResizeObserver; null until first
 * measured. With `atOnce` (default true) it is read in the commit that mounts the element, so the
 * first paint can use it; without, it comes from the observer's first report, after the browser's own
 * layout — for a heavy page, where reading it in the commit forces the whole page's first layout into
 * the task that renders (~90 ms at 100,000 events). `fallback` where layout reports no width.
 */
export function useElementWidth(
  ref: RefObject<Element | null>,
  fallback = 800,
  atOnce = true,
): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    if (atOnce || typeof ResizeObserver === 'undefined') {
      setWidth(node.getBoundingClientRect().width || fallback);
      if (typeof ResizeObserver === 'undefined') return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, fallback, atOnce]);
  return width;
}
