import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The element's content width in CSS pixels, kept current by a ResizeObserver; null until first
 * measured. The first width comes from the observer's first report, after the browser's own layout:
 * reading it during the commit forced the first layout of the whole page into the task that renders
 * (~90 ms of a 100,000-event first draw). Without ResizeObserver it is read at once, `fallback` where
 * layout reports no width.
 */
export function useElementWidth(ref: RefObject<Element | null>, fallback = 800): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(node.getBoundingClientRect().width || fallback);
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}
